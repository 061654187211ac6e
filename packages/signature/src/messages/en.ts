import type { Catalogue } from './catalogue.js';

/** English. */
export const en: Catalogue = {
  'submission.invalid': 'The form sent could not be read. Reload the page and try again.',
  'locale.unsupported': 'This language is not offered: choose French or English.',
  'field.required': 'This field is required.',
  'field.invalid': 'This value is not valid.',
  'field.unknown': 'This field is not part of the signature form.',
  'choice.invalid': 'Choose one of the values offered.',
  'text.too_long': 'This text is too long: {max} characters at most.',
  'text.formula': 'This text cannot start with =, +, - or @.',
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
  'role.not_for_kind': 'This role does not fit this kind of signatory.',
  'representative.authorisation_required':
    'You must declare that you are authorised to sign on behalf of the organisation.',
  'consent.required': 'Tick the box to sign the manifesto.',
  'commitment.unknown': 'This commitment is not in the manifesto.',
  'commitment.not_for_kind': 'This commitment is not meant for this kind of signatory.',
  'commitment.too_many': 'Choose at most {max} commitments.',
  'transition.forbidden': 'This action is not possible in the current state of the signature.',
  'signature.already_signed':
    'The manifesto has already been signed for this organisation or with this address. We sent you an e-mail.',
  'token.invalid': 'This link is not valid. Check that it was copied in full.',
  'token.expired': 'This link has expired. You can ask for a new one.',
  'token.purpose': 'This link is not meant for this action.',
  'attestation.invalid': 'This signature attestation is not authentic.',
  'attestation.expired': 'This signature attestation has expired.',
  'attestation.unknown_key':
    'This attestation was signed with a key the registry does not publish (or no longer does).',
  'challenge.required':
    'The anti-robot check has not finished: wait a few seconds, then try again.',
  'challenge.invalid': 'The anti-robot check failed: reload the page, then try again.',
  'challenge.expired': 'The anti-robot check has expired: try again.',
  'challenge.replayed': 'This anti-robot check was already used: try again.',
  'request.malformed_json': 'The request is not valid JSON.',
  'request.unsupported_media_type':
    'The request must be sent as JSON (Content-Type: application/json).',
  'request.too_large': 'The request is too large.',
  'request.method_not_allowed': 'This HTTP method is not accepted here.',
  'rate.limited': 'Too many attempts in a short time. Wait a few minutes, then try again.',
  not_found: 'This page or resource does not exist.',
  'auth.required': 'Sign in to open this page.',
  'auth.forbidden': 'You are not allowed to do this.',
  'server.error': 'Something unexpected went wrong. Try again later.',
  'server.unavailable': 'The service is unavailable for a moment. Try again in a few minutes.',
};
