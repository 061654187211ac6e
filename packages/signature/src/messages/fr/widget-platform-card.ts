import type { AreaWords } from '../catalogue.js';
import type { WIDGET_PLATFORM_CARD_CODES } from '../message-code.js';

/** French words for `<plateformcoop-platform-card>`. */
export const widgetPlatformCardWords: AreaWords<typeof WIDGET_PLATFORM_CARD_CODES> = {
  'widget.platform.sector': 'Secteur',
  'widget.platform.territory': 'Territoire',
  'widget.platform.legal-form': 'Forme juridique',
  'widget.platform.licence': 'Logiciel libre',
  'widget.platform.website': 'Site web',
  'widget.platform.signed': 'A signé le manifeste le {date}',
  'widget.platform.signed-undated': 'A signé le manifeste',
  'widget.platform.not-signed': "N'a pas encore signé le manifeste",
  'widget.platform.missing': 'Aucune plateforme indiquée.',
};
