import type { AreaWords } from '../catalogue.js';
import type { WIDGET_PLATFORM_CARD_CODES } from '../message-code.js';

/** English words for `<plateformcoop-platform-card>`. */
export const widgetPlatformCardWords: AreaWords<typeof WIDGET_PLATFORM_CARD_CODES> = {
  'widget.platform.sector': 'Sector',
  'widget.platform.territory': 'Territory',
  'widget.platform.legal-form': 'Legal form',
  'widget.platform.licence': 'Free software',
  'widget.platform.website': 'Website',
  'widget.platform.signed': 'Signed the manifesto on {date}',
  'widget.platform.signed-undated': 'Signed the manifesto',
  'widget.platform.not-signed': 'Has not signed the manifesto yet',
  'widget.platform.missing': 'No platform given.',
};
