import type { MessageTable } from '../shared/messages.js';

/** Words of <plateformcoop-signatories>. */
export const signatoriesMessages: MessageTable = {
  fr: {
    'widget.signatories.title': 'Signataires du manifeste',
    'widget.signatories.search': 'Rechercher un nom',
    'widget.signatories.kind': 'Type de signataire',
    'widget.signatories.kind.all': 'Tous ({count})',
    'widget.signatories.kind.option': '{label} ({count})',
    'widget.signatories.departement': 'Département (code)',
    'widget.signatories.apply': 'Filtrer',
    'widget.signatories.more': 'Afficher plus de signataires',
    'widget.signatories.shown': '{count} signataires affichés',
    'widget.signatories.empty': 'Aucun signataire ne correspond à ces critères.',
    'widget.signatories.anonymous': 'Signataire (nom non publié)',
    'widget.signatories.published': 'Signé le {date}',
  },
  en: {
    'widget.signatories.title': 'Signatories of the manifesto',
    'widget.signatories.search': 'Search a name',
    'widget.signatories.kind': 'Kind of signatory',
    'widget.signatories.kind.all': 'All ({count})',
    'widget.signatories.kind.option': '{label} ({count})',
    'widget.signatories.departement': 'Département (code)',
    'widget.signatories.apply': 'Filter',
    'widget.signatories.more': 'Show more signatories',
    'widget.signatories.shown': '{count} signatories shown',
    'widget.signatories.empty': 'No signatory matches these criteria.',
    'widget.signatories.anonymous': 'Signatory (name not published)',
    'widget.signatories.published': 'Signed on {date}',
  },
};
