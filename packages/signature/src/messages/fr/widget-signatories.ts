import type { AreaWords } from '../catalogue.js';
import type { WIDGET_SIGNATORIES_CODES } from '../message-code.js';

/** French words for `<plateformcoop-signatories>`. */
export const widgetSignatoriesWords: AreaWords<typeof WIDGET_SIGNATORIES_CODES> = {
  'widget.signatories.title': 'Signataires du manifeste',
  'widget.signatories.search': 'Rechercher un nom',
  'widget.signatories.kind': 'Type de signataire',
  'widget.signatories.kind.all': 'Tous ({count})',
  'widget.signatories.kind.option': '{label} ({count})',
  'widget.signatories.departement': 'Département (code)',
  'widget.signatories.apply': 'Filtrer',
  'widget.signatories.more': 'Afficher plus de signataires',
  'widget.signatories.shown.one': '{count} signataire affiché',
  'widget.signatories.shown.other': '{count} signataires affichés',
  'widget.signatories.empty': 'Aucun signataire ne correspond à ces critères.',
  'widget.signatories.anonymous': 'Signataire (nom non publié)',
  'widget.signatories.certificate': 'Certificat',
  'widget.signatories.published': 'Signé le {date}',
  'widget.signatories.deliberation': 'par délibération du {date}',
  'widget.signatories.deliberation.reference': 'n° {reference}',
};
