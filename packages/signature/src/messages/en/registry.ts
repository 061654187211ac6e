import type { AreaWords } from '../catalogue.js';
import type { REGISTRY_CODES } from '../message-code.js';

/** English words for the registry's answers and errors. */
export const registryWords: AreaWords<typeof REGISTRY_CODES> = {
  'transition.forbidden': 'This action is not possible in the current state of the signature.',
  'signature.already_signed':
    'The manifesto has already been signed for this organisation or with this address. We sent you an e-mail.',
  'signature.competing':
    'Another signature of this organisation is already published: reject it first to publish this one.',
  'signature.confirmed':
    'This signature is already confirmed: the campaign team checks it before publishing it.',
  'signature.published': 'This signature is already confirmed and published.',
  'signature.rejected':
    'The campaign team did not publish this signature: this link no longer applies.',
  'signature.withdrawn':
    'This signature was withdrawn: this link no longer applies. You may sign again at any time.',
  'signature.expired':
    'This signature was not confirmed in time and its data was erased. You may sign again.',
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
  'manifesto.closed':
    'This manifesto cannot be signed at the moment: its campaign has not started yet or has closed.',
  'signature.duplicate': 'This signatory has already signed this manifesto.',
};
