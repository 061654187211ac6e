import type { AreaWords } from '../catalogue.js';
import type { IDENTIFIER_CODES } from '../message-code.js';

/** English words for French identifiers. */
export const identifierWords: AreaWords<typeof IDENTIFIER_CODES> = {
  'siren.format': 'A SIREN number has 9 digits, for example 215 903 501.',
  'siren.checksum':
    'This SIREN number does not exist: a digit is probably mistyped. Check it against your Sirene record.',
  'siret.format': 'A SIRET number has 14 digits: the SIREN (9 digits) followed by 5 digits.',
  'siret.checksum':
    'This SIRET number does not exist: a digit is probably mistyped. Check it against your Sirene record.',
  'insee.format':
    "A commune's INSEE code has 5 characters, for example 59350 for Lille or 2A004 for Ajaccio. It is not the postal code.",
  'insee.invalid':
    'This INSEE code matches no commune: check its first characters, which are those of the département.',
  'departement.invalid': 'This département number does not exist. Examples: 59, 2A, 974.',
  'region.invalid': 'This region code does not exist. Example: 32 for Hauts-de-France.',
  'postal_code.format': 'A French postal code has 5 digits, for example 59000.',
  'postal_code.invalid': 'This postal code does not exist: check its first two digits.',
};
