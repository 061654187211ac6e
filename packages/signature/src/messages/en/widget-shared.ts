import type { AreaWords } from '../catalogue.js';
import type { WIDGET_SHARED_CODES } from '../message-code.js';

/** English words for what every widget may show. */
export const widgetSharedWords: AreaWords<typeof WIDGET_SHARED_CODES> = {
  'widget.loading': 'Loading…',
  'widget.unexpected': 'Something unexpected went wrong.',
  'widget.registry-missing': 'The address of the signature registry is missing.',
  'network.unavailable': 'The signature registry is not answering. Try again later.',
  'registry.invalid-response': 'Unexpected answer from the signature registry.',
};
