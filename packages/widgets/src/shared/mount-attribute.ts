/** The attribute of a plain `<div>` that asks to become a widget: `data-plateformcoop="counter"`. */
export const MOUNT_ATTRIBUTE = 'data-plateformcoop';

/** Widget names a mount may ask for: the tag without its `plateformcoop-` prefix. */
export type MountableWidget =
  | 'signature-form'
  | 'counter'
  | 'platform-card'
  | 'badge'
  | 'signatories'
  | 'map';
