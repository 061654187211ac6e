import type { AreaWords } from '../catalogue.js';
import type { IDENTIFIER_CODES } from '../message-code.js';

/** French words for French identifiers. */
export const identifierWords: AreaWords<typeof IDENTIFIER_CODES> = {
  'siren.format': 'Le numéro SIREN comporte 9 chiffres, par exemple 215 903 501.',
  'siren.checksum':
    "Ce numéro SIREN n'existe pas : un chiffre est sans doute mal saisi. Vérifiez-le sur votre avis de situation Sirene.",
  'siret.format':
    'Le numéro SIRET comporte 14 chiffres : le SIREN (9 chiffres) suivi de 5 chiffres.',
  'siret.checksum':
    "Ce numéro SIRET n'existe pas : un chiffre est sans doute mal saisi. Vérifiez-le sur votre avis de situation Sirene.",
  'insee.format':
    "Le code INSEE d'une commune comporte 5 caractères, par exemple 59350 pour Lille ou 2A004 pour Ajaccio. Ce n'est pas le code postal.",
  'insee.invalid':
    'Ce code INSEE ne correspond à aucune commune : vérifiez les premiers caractères, qui sont ceux du département.',
  'departement.invalid': "Ce numéro de département n'existe pas. Exemples : 59, 2A, 974.",
  'region.invalid': "Ce code de région n'existe pas. Exemple : 32 pour les Hauts-de-France.",
  'postal_code.format': 'Le code postal comporte 5 chiffres, par exemple 59000.',
  'postal_code.invalid': "Ce code postal n'existe pas : vérifiez les deux premiers chiffres.",
};
