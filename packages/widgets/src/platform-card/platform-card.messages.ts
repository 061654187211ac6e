import type { MessageTable } from '../shared/messages.js';

/** Words of <plateformcoop-platform-card>. */
export const platformCardMessages: MessageTable = {
  fr: {
    'widget.platform.sector': 'Secteur',
    'widget.platform.territory': 'Territoire',
    'widget.platform.legal-form': 'Forme juridique',
    'widget.platform.licence': 'Logiciel libre',
    'widget.platform.website': 'Site web',
    'widget.platform.signed': 'A signé le manifeste le {date}',
    'widget.platform.signed-undated': 'A signé le manifeste',
    'widget.platform.not-signed': "N'a pas encore signé le manifeste",
    'widget.platform.missing': 'Aucune plateforme indiquée.',
  },
  en: {
    'widget.platform.sector': 'Sector',
    'widget.platform.territory': 'Territory',
    'widget.platform.legal-form': 'Legal form',
    'widget.platform.licence': 'Free software',
    'widget.platform.website': 'Website',
    'widget.platform.signed': 'Signed the manifesto on {date}',
    'widget.platform.signed-undated': 'Signed the manifesto',
    'widget.platform.not-signed': 'Has not signed the manifesto yet',
    'widget.platform.missing': 'No platform given.',
  },
};
