import type { AreaWords } from '../catalogue.js';
import type { WIDGET_BADGE_CODES } from '../message-code.js';

/** English words for `<plateformcoop-badge>`. */
export const widgetBadgeWords: AreaWords<typeof WIDGET_BADGE_CODES> = {
  'widget.badge.verified': 'Signatory of the PlateformCoop manifesto',
  'widget.badge.verified-detail': '{name} signed the manifesto on {date}. Signature verified.',
  'widget.badge.checking': 'Checking the manifesto signature…',
  'widget.badge.unverified': 'PlateformCoop manifesto signature not verified',
};
