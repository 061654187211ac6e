import type { MessageTable } from './messages.js';

/** Words every widget may show (loading, failures). */
export const sharedMessages: MessageTable = {
  fr: {
    'widget.loading': 'Chargement…',
    'widget.unexpected': 'Une erreur inattendue est survenue.',
    'widget.registry-missing': "L'adresse du registre des signatures manque.",
    'network.unavailable': 'Le registre des signatures ne répond pas. Réessayez plus tard.',
    'registry.invalid-response': 'Réponse inattendue du registre des signatures.',
  },
  en: {
    'widget.loading': 'Loading…',
    'widget.unexpected': 'Something unexpected went wrong.',
    'widget.registry-missing': 'The address of the signature registry is missing.',
    'network.unavailable': 'The signature registry is not answering. Try again later.',
    'registry.invalid-response': 'Unexpected answer from the signature registry.',
  },
};
