/**
 * The events the widgets fire. All bubble and are composed, so the host page can listen on the
 * element, on a wrapper or on `document`. One constant each, so a bundle carries only its own.
 */

/** Data arrived and the widget shows it. */
export const WIDGET_LOAD = 'plateformcoop-load';
/** Something failed; `detail` holds the stable `code` and the localised `message`. */
export const WIDGET_ERROR = 'plateformcoop-error';
/** The signature form's submission was accepted by the registry: `detail: { id, status }`. */
export const WIDGET_SIGNED = 'plateformcoop-signed';
/** A counter received a new value (first load or live update): `detail: { count, counter }`. */
export const WIDGET_COUNTER_CHANGE = 'plateformcoop-counter-change';
/** A badge finished checking its attestation: `detail: { verified, reason? }`. */
export const WIDGET_BADGE_VERIFY = 'plateformcoop-badge-verify';

export const WIDGET_EVENTS = {
  load: WIDGET_LOAD,
  error: WIDGET_ERROR,
  signed: WIDGET_SIGNED,
  counterChange: WIDGET_COUNTER_CHANGE,
  badgeVerify: WIDGET_BADGE_VERIFY,
} as const;

export type WidgetEventName = (typeof WIDGET_EVENTS)[keyof typeof WIDGET_EVENTS];

export interface WidgetErrorDetail {
  code: string;
  message: string;
}

export function dispatchWidgetEvent<T>(
  target: EventTarget,
  name: WidgetEventName,
  detail: T,
): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
