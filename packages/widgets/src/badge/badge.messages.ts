import type { MessageTable } from '../shared/messages.js';

/** Words of <plateformcoop-badge>. */
export const badgeMessages: MessageTable = {
  fr: {
    'widget.badge.verified': 'Signataire du manifeste PlateformCoop',
    'widget.badge.verified-detail': '{name} a signé le manifeste le {date}. Signature vérifiée.',
    'widget.badge.checking': 'Vérification de la signature du manifeste…',
    'widget.badge.unverified': 'Signature du manifeste PlateformCoop non vérifiée',
  },
  en: {
    'widget.badge.verified': 'Signatory of the PlateformCoop manifesto',
    'widget.badge.verified-detail': '{name} signed the manifesto on {date}. Signature verified.',
    'widget.badge.checking': 'Checking the manifesto signature…',
    'widget.badge.unverified': 'PlateformCoop manifesto signature not verified',
  },
};
