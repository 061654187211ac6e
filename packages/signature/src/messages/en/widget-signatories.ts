import type { AreaWords } from '../catalogue.js';
import type { WIDGET_SIGNATORIES_CODES } from '../message-code.js';

/** English words for `<plateformcoop-signatories>`. */
export const widgetSignatoriesWords: AreaWords<typeof WIDGET_SIGNATORIES_CODES> = {
  'widget.signatories.title': 'Signatories of the manifesto',
  'widget.signatories.search': 'Search a name',
  'widget.signatories.kind': 'Kind of signatory',
  'widget.signatories.kind.all': 'All ({count})',
  'widget.signatories.kind.option': '{label} ({count})',
  'widget.signatories.departement': 'Département (code)',
  'widget.signatories.apply': 'Filter',
  'widget.signatories.more': 'Show more signatories',
  'widget.signatories.shown.one': '{count} signatory shown',
  'widget.signatories.shown.other': '{count} signatories shown',
  'widget.signatories.empty': 'No signatory matches these criteria.',
  'widget.signatories.anonymous': 'Signatory (name not published)',
  'widget.signatories.certificate': 'Certificate',
  'widget.signatories.published': 'Signed on {date}',
  'widget.signatories.deliberation': 'by deliberation of {date}',
  'widget.signatories.deliberation.reference': 'no. {reference}',
};
