/**
 * Every stable code of a user-facing word of the PlateformCoop software: the issues of the
 * signature form, lifecycle, tokens, attestations and proof of work, the registry's HTTP
 * errors, and the words of the registry's mails and pages. Codes are a public contract: add new
 * ones, never rename or reuse one.
 */
export const MESSAGE_CODES = [
  // The submission as a whole
  'submission.invalid',
  'locale.unsupported',
  // Any field
  'field.required',
  'field.invalid',
  'field.unknown',
  'choice.invalid',
  'text.too_long',
  'text.formula',
  // French identifiers
  'siren.format',
  'siren.checksum',
  'siret.format',
  'siret.checksum',
  'insee.format',
  'insee.invalid',
  'departement.invalid',
  'region.invalid',
  'postal_code.format',
  'postal_code.invalid',
  // Contact and web
  'email.invalid',
  'phone.invalid',
  'url.invalid',
  'url.scheme',
  'website.https',
  // The manifesto and who signs it
  'manifesto.unknown',
  'manifesto.outdated',
  'kind.invalid',
  'kind.not_accepted',
  'collectivity.insee_required',
  'collectivity.siren_required',
  'collectivity.siren_forbidden',
  'collectivity.epci_type_mismatch',
  'collectivity.departement_mismatch',
  'collectivity.not_found',
  'role.not_for_kind',
  'representative.authorisation_required',
  'consent.required',
  'commitment.unknown',
  'commitment.not_for_kind',
  'commitment.too_many',
  // Lifecycle
  'transition.forbidden',
  'signature.already_signed',
  // Confirmation and withdrawal links
  'token.invalid',
  'token.expired',
  'token.purpose',
  // Badge attestations
  'attestation.invalid',
  'attestation.expired',
  'attestation.unknown_key',
  // Proof of work
  'challenge.required',
  'challenge.invalid',
  'challenge.expired',
  'challenge.replayed',
  // The registry's HTTP errors
  'request.malformed_json',
  'request.unsupported_media_type',
  'request.too_large',
  'request.method_not_allowed',
  'rate.limited',
  'not_found',
  'auth.required',
  'auth.forbidden',
  'server.error',
  'server.unavailable',
  // Words of the registry's mails, pages and badge images
  'mail.confirm.subject',
  'mail.confirm.body',
  'mail.already_signed.subject',
  'mail.already_signed.body',
  'mail.confirmed.subject',
  'mail.confirmed.published',
  'mail.confirmed.moderated',
  'mail.confirmed.withdraw',
  'mail.rejected.subject',
  'mail.rejected.body',
  'mail.rejected.reason',
  'mail.rejected.after',
  'mail.badge.subject',
  'mail.badge.body',
  'mail.badge.script',
  'mail.badge.mount',
  'mail.badge.image',
  'mail.badge.shields',
  'mail.signature',
  'page.confirm.title',
  'page.confirm.intro',
  'page.confirm.button',
  'page.confirm.done',
  'page.withdraw.title',
  'page.withdraw.intro',
  'page.withdraw.button',
  'page.withdraw.done',
  'page.noscript',
  'page.docs.title',
  'page.embed.title',
  'badge.label',
  'badge.signed',
  'badge.not_signed',
] as const;

/** One stable machine code; see `MESSAGE_CODES`. */
export type MessageCode = (typeof MESSAGE_CODES)[number];

const known: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** Whether a string is one of the catalogue's codes. */
export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && known.has(value);
}
