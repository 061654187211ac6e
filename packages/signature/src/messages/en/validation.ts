import type { AreaWords } from '../catalogue.js';
import type { VALIDATION_CODES } from '../message-code.js';

/** English words for the issues of the signature form. */
export const validationWords: AreaWords<typeof VALIDATION_CODES> = {
  'submission.invalid': 'The form sent could not be read. Reload the page and try again.',
  'locale.unsupported': 'This language is not offered: choose French or English.',
  'field.required': 'This field is required.',
  'field.invalid': 'This value is not valid.',
  'field.unknown': 'This field is not part of the signature form.',
  'choice.invalid': 'Choose one of the values offered.',
  'text.too_long': 'This text is too long: {max} characters at most.',
  'text.formula': 'This text cannot start with =, +, - or @.',
  'email.invalid': 'This e-mail address is not valid. Example: first.last@example.org.',
  'phone.invalid': 'This phone number is not valid. Examples: 03 20 00 00 00 or +33 3 20 00 00 00.',
  'url.invalid': 'Enter a full web address, for example https://example.org.',
  'url.scheme': 'Only web addresses starting with http:// or https:// are accepted.',
  'website.https': 'The website address must start with https://.',
  'manifesto.unknown': 'This manifesto does not exist.',
  'manifesto.outdated':
    'The text of the manifesto changed since you opened the page: read it again, then sign again.',
  'kind.invalid':
    'Say in what capacity you sign: local authority, platform, organisation or individual.',
  'kind.not_accepted': 'This manifesto cannot be signed in this capacity.',
  'collectivity.insee_required': "Enter the commune's INSEE code.",
  'collectivity.siren_required': "Enter the local authority's SIREN number.",
  'collectivity.siren_forbidden':
    'An associated or delegated commune has no SIREN number of its own: leave this field empty.',
  'collectivity.epci_type_mismatch':
    'The EPCI category only applies to an EPCI with its own taxation.',
  'collectivity.departement_mismatch': 'This département is not the one of the INSEE code given.',
  'collectivity.not_found':
    'No local authority has this code in the official geographic code (COG): check it.',
  'role.not_for_kind': 'This role does not fit this kind of signatory.',
  'representative.authorisation_required':
    'You must declare that you are authorised to sign on behalf of the organisation.',
  'consent.required': 'Tick the box to sign the manifesto.',
  'commitment.unknown': 'This commitment is not in the manifesto.',
  'commitment.not_for_kind': 'This commitment is not meant for this kind of signatory.',
  'commitment.too_many': 'Choose at most {max} commitments.',
};
