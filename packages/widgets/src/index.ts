/**
 * @plateformcoop/widgets: the PlateformCoop web components, as classes (nothing is registered by
 * importing this module; import `@plateformcoop/widgets/define` or one element's
 * `@plateformcoop/widgets/<element>` for that).
 */
export { PlateformcoopBadge } from './badge/badge.element.js';
export { PlateformcoopCounter } from './counter/counter.element.js';
export { PlateformcoopMap } from './map/map.element.js';
export { PlateformcoopPlatformCard } from './platform-card/platform-card.element.js';
export { type MountableWidget, mountDataElements } from './shared/data-mount.js';
export { setDefaultRegistry } from './shared/default-registry.js';
export { defineElement } from './shared/define-element.js';
export type { WidgetLocale } from './shared/locale.js';
export { DEFAULT_MANIFESTO, PlateformcoopElement } from './shared/plateformcoop-element.js';
export {
  isRegistryError,
  type RegistryError,
  type RegistryIssue,
} from './shared/registry-error.js';
export {
  WIDGET_EVENTS,
  type WidgetErrorDetail,
  type WidgetEventName,
} from './shared/widget-events.js';
export { PlateformcoopSignatories } from './signatories/signatories.element.js';
export { PlateformcoopSignatureForm } from './signature-form/signature-form.element.js';
