import type { AreaWords } from '../catalogue.js';
import type { WIDGET_SHARED_CODES } from '../message-code.js';

/** French words for what every widget may show. */
export const widgetSharedWords: AreaWords<typeof WIDGET_SHARED_CODES> = {
  'widget.loading': 'Chargement…',
  'widget.unexpected': 'Une erreur inattendue est survenue.',
  'widget.registry-missing': "L'adresse du registre des signatures manque.",
  'network.unavailable': 'Le registre des signatures ne répond pas. Réessayez plus tard.',
  'registry.invalid-response': 'Réponse inattendue du registre des signatures.',
};
