import type { AreaWords } from '../catalogue.js';
import type { WIDGET_BADGE_CODES } from '../message-code.js';

/** French words for `<plateformcoop-badge>`. */
export const widgetBadgeWords: AreaWords<typeof WIDGET_BADGE_CODES> = {
  'widget.badge.verified': 'Signataire du manifeste PlateformCoop',
  'widget.badge.verified-detail': '{name} a signé le manifeste le {date}. Signature vérifiée.',
  'widget.badge.checking': 'Vérification de la signature du manifeste…',
  'widget.badge.unverified': 'Signature du manifeste PlateformCoop non vérifiée',
};
