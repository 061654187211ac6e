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
  'collectivity.not_found':
    'No local authority has this code in the official geographic code (COG): check it.',
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
  'mail.confirm.subject': 'Confirm your signature of the “{manifesto}” manifesto',
  'mail.confirm.body':
    'Hello,\n\nyou signed the “{manifesto}” manifesto on behalf of: {signatory}.\n\nTo confirm your signature, open this link and press the “Confirm” button (it is valid for {hours} hours):\n{link}\n\nIf you did not sign, ignore this message: nothing will be published and this data will be erased within {days} days.',
  'mail.already_signed.subject': 'The “{manifesto}” manifesto has already been signed',
  'mail.already_signed.body':
    'Hello,\n\na new signature of the “{manifesto}” manifesto was sent with this address, on behalf of: {signatory}. A signature already exists: it was not recorded twice and there is nothing for you to do.\n\nIf you did not send it, ignore this message.',
  'mail.confirmed.subject': 'Your signature of the “{manifesto}” manifesto is confirmed',
  'mail.confirmed.published': 'Thank you! Your signature is confirmed and published.',
  'mail.confirmed.moderated':
    'Thank you! Your signature is confirmed. It will be published once the campaign team has checked it.',
  'mail.confirmed.withdraw':
    'You may withdraw your signature at any time with this link (keep this message):\n{link}',
  'mail.rejected.subject': 'Your signature of the “{manifesto}” manifesto was not published',
  'mail.rejected.body':
    'Hello,\n\nthe campaign team examined the signature of the “{manifesto}” manifesto sent on behalf of: {signatory}. It did not publish it.',
  'mail.rejected.reason': 'Reason: {reason}',
  'mail.rejected.after':
    'Your personal data has been erased. If you think this is a mistake, you may sign again.',
  'mail.badge.subject': 'Show the signatory badge of “{platform}”',
  'mail.badge.body':
    'Hello,\n\nthe signature of “{platform}” is published. Its signatory badge can be shown on your website in one of these ways:',
  'mail.badge.script': 'With a script:',
  'mail.badge.mount': 'In an editor that strips unknown tags (WordPress, Drupal…):',
  'mail.badge.image': 'As an image, without a script:',
  'mail.badge.shields': 'With shields.io:',
  'mail.signature': '— The PlateformCoop manifesto registry',
  'page.confirm.title': 'Confirm your signature',
  'page.confirm.intro': 'To confirm your signature of the manifesto, press the button.',
  'page.confirm.button': 'Confirm my signature',
  'page.confirm.done':
    'Thank you, your signature is confirmed. An e-mail with a link to withdraw it was sent to you.',
  'page.withdraw.title': 'Withdraw your signature',
  'page.withdraw.intro':
    'To withdraw your signature of the manifesto, press the button. Your personal data will be erased.',
  'page.withdraw.button': 'Withdraw my signature',
  'page.withdraw.done': 'Your signature is withdrawn and your personal data is erased.',
  'page.noscript': 'This page needs JavaScript to send your choice.',
  'page.docs.title': 'PlateformCoop registry API',
  'page.embed.title': 'PlateformCoop manifesto',
  'badge.label': 'PlateformCoop',
  'badge.signed': 'signatory',
  'badge.not_signed': 'not a signatory',
};
