/*
 * Every stable code of a user-facing word of the PlateformCoop software, by area. Each language
 * words an area in one module (`fr/<area>.ts`, `en/<area>.ts`), so that a widget bundles only
 * the words it shows; `fr.ts` and `en.ts` assemble them into the whole catalogue. Codes are a
 * public contract: add new ones, never rename or reuse one.
 */

/** The issues of the signature form (any field, contact, the manifesto and who signs it). */
export const VALIDATION_CODES = [
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
] as const;

/** French identifiers: SIREN, SIRET, INSEE, département, region and postal codes. */
export const IDENTIFIER_CODES = [
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
] as const;

/** A code the validator may report: the validation and identifier areas. */
export type ValidationMessageCode =
  | (typeof VALIDATION_CODES)[number]
  | (typeof IDENTIFIER_CODES)[number];

/** What the registry answers: lifecycle, links, attestations, proof of work, HTTP errors. */
export const REGISTRY_CODES = [
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
  // HTTP errors
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
] as const;

/** The registry's mails. */
export const MAIL_CODES = [
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
] as const;

/** The registry's pages and badge images. */
export const PAGE_CODES = [
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
  // The registry's root page
  'page.home.title',
  'page.home.intro',
  'page.home.manifestos',
  'page.home.total',
  'page.home.counter_json',
  'page.home.embed',
  'page.home.embed_intro',
  'page.home.developers',
  'page.home.docs',
  'page.home.openapi',
  'page.home.moderation',
  'page.home.console',
  'badge.label',
  'badge.signed',
  'badge.not_signed',
] as const;

/** Words every widget may show: loading, and failures the registry cannot word. */
export const WIDGET_SHARED_CODES = [
  'widget.loading',
  'widget.unexpected',
  'widget.registry-missing',
  'network.unavailable',
  'registry.invalid-response',
] as const;

/** `<plateformcoop-counter>`. */
export const WIDGET_COUNTER_CODES = [
  'widget.counter.label.one',
  'widget.counter.label.other',
  'widget.counter.changed',
  'widget.counter.goal',
  'widget.counter.progress',
] as const;

/** `<plateformcoop-badge>`. */
export const WIDGET_BADGE_CODES = [
  'widget.badge.verified',
  'widget.badge.verified-detail',
  'widget.badge.checking',
  'widget.badge.unverified',
] as const;

/** `<plateformcoop-platform-card>`. */
export const WIDGET_PLATFORM_CARD_CODES = [
  'widget.platform.sector',
  'widget.platform.territory',
  'widget.platform.legal-form',
  'widget.platform.licence',
  'widget.platform.website',
  'widget.platform.signed',
  'widget.platform.signed-undated',
  'widget.platform.not-signed',
  'widget.platform.missing',
] as const;

/** `<plateformcoop-signatories>`. */
export const WIDGET_SIGNATORIES_CODES = [
  'widget.signatories.title',
  'widget.signatories.search',
  'widget.signatories.kind',
  'widget.signatories.kind.all',
  'widget.signatories.kind.option',
  'widget.signatories.departement',
  'widget.signatories.apply',
  'widget.signatories.more',
  'widget.signatories.shown',
  'widget.signatories.empty',
  'widget.signatories.anonymous',
  'widget.signatories.published',
] as const;

/**
 * `<plateformcoop-signature-form>`: its steps and states, and the label of each field, coded by
 * the field's path in the submission. The form's issues are the validation codes.
 */
export const WIDGET_FORM_CODES = [
  'widget.form.title',
  'widget.form.required-note',
  'widget.form.kind',
  'widget.form.collectivity',
  'widget.form.collectivity.hint',
  'widget.form.collectivity.results',
  'widget.form.collectivity.chosen',
  'widget.form.representative',
  'widget.form.individual',
  'widget.form.commitments',
  'widget.form.consents',
  'widget.form.privacy',
  'widget.form.privacy-link',
  'widget.form.submit',
  'widget.form.submitting',
  'widget.form.retry',
  'widget.form.network-kept',
  'widget.form.summary',
  'widget.form.sent.title',
  'widget.form.sent.body',
  'widget.form.select',
  // Field labels
  'signatory.kind',
  'signatory.representative.givenName',
  'signatory.representative.familyName',
  'signatory.representative.role',
  'signatory.representative.function',
  'signatory.representative.email',
  'signatory.representative.phone',
  'signatory.representative.authorised',
  'signatory.platform.name',
  'signatory.platform.website',
  'signatory.platform.sector',
  'signatory.platform.legalForm',
  'signatory.platform.siren',
  'signatory.platform.territory',
  'signatory.organization.type',
  'signatory.organization.name',
  'signatory.organization.siren',
  'signatory.organization.website',
  'signatory.individual.givenName',
  'signatory.individual.familyName',
  'signatory.individual.email',
  'signatory.individual.postalCode',
  'consents.sign',
  'consents.publicDisplay',
  'consents.contact',
] as const;

/**
 * The registry's moderation console (served at /admin/): its screens, the moderators' actions and
 * their confirmations.
 */
export const CONSOLE_CODES = [
  'console.app.title',
  'console.app.skip',
  'console.app.language',
  'console.app.language.label',
  'console.app.signed_in_as',
  'console.app.sign_out',
  'console.nav.label',
  'console.nav.queue',
  'console.nav.search',
  'console.nav.overview',
  'console.nav.data',
  'console.signin.title',
  'console.signin.intro',
  'console.signin.token',
  'console.signin.submit',
  'console.signin.wrong',
  'console.signin.closed',
  'console.signin.unreachable',
  'console.queue.title',
  'console.queue.intro',
  'console.queue.empty',
  'console.queue.count',
  'console.queue.keys',
  'console.queue.select_all',
  'console.queue.selected',
  'console.queue.publish_selected',
  'console.queue.reject_selected',
  'console.queue.refresh',
  'console.card.select',
  'console.card.official',
  'console.card.official.none',
  'console.card.type',
  'console.card.insee',
  'console.card.siren',
  'console.card.departement',
  'console.card.population',
  'console.card.representative',
  'console.card.role',
  'console.card.declaration',
  'console.card.declared',
  'console.card.not_declared',
  'console.card.email_domain',
  'console.card.domain.hint',
  'console.card.domain.matches',
  'console.card.domain.differs',
  'console.card.commitments',
  'console.card.no_commitments',
  'console.card.submitted',
  'console.card.confirmed',
  'console.card.details',
  'console.card.erased',
  'console.action.publish',
  'console.action.reject',
  'console.action.cancel',
  'console.action.undo',
  'console.reject.title',
  'console.reject.reason',
  'console.reject.reason.help',
  'console.reject.reason.required',
  'console.reject.confirm',
  'console.pending.label',
  'console.pending.published',
  'console.pending.rejected',
  'console.done.published',
  'console.done.rejected',
  'console.done.undone',
  'console.done.failed',
  'console.search.title',
  'console.search.q',
  'console.search.kind',
  'console.search.status',
  'console.search.territory',
  'console.search.from',
  'console.search.to',
  'console.search.order',
  'console.search.order.oldest',
  'console.search.order.newest',
  'console.search.any',
  'console.search.submit',
  'console.search.reset',
  'console.search.results',
  'console.search.more',
  'console.search.none',
  'console.table.name',
  'console.table.kind',
  'console.table.status',
  'console.table.territory',
  'console.table.created',
  'console.detail.title',
  'console.detail.back',
  'console.detail.history',
  'console.detail.history.created',
  'console.detail.history.by',
  'console.detail.actor.signer',
  'console.detail.actor.retention',
  'console.detail.actor.anonymize',
  'console.detail.reason',
  'console.detail.not_found',
  'console.overview.title',
  'console.overview.published',
  'console.overview.population',
  'console.overview.pending',
  'console.overview.goal',
  'console.overview.by_kind',
  'console.overview.per_day',
  'console.overview.per_day.submitted',
  'console.overview.per_day.published',
  'console.overview.per_day.none',
  'console.overview.chart.label',
  'console.overview.by_departement',
  'console.overview.collectivities',
  'console.overview.total',
  'console.overview.day',
  'console.overview.public_counter',
  'console.data.title',
  'console.data.export',
  'console.data.export.intro',
  'console.data.export.csv',
  'console.data.export.json',
  'console.data.retention',
  'console.data.retention.intro',
  'console.data.anonymize',
  'console.data.anonymize.intro',
  'console.data.preview',
  'console.data.preview.count',
  'console.data.preview.none',
  'console.data.run.retention',
  'console.data.run.anonymize',
  'console.data.understand',
  'console.data.retention.done',
  'console.data.anonymize.done',
  'console.data.action.expire',
  'console.data.action.erase',
  'console.data.action.anonymize',
  'console.data.item',
  'console.data.keeps',
  'console.data.person',
  'console.error.generic',
  'console.error.session',
  'console.loading',
] as const;

/** Every code, area after area. */
export const MESSAGE_CODES = [
  ...VALIDATION_CODES,
  ...IDENTIFIER_CODES,
  ...REGISTRY_CODES,
  ...MAIL_CODES,
  ...PAGE_CODES,
  ...WIDGET_SHARED_CODES,
  ...WIDGET_COUNTER_CODES,
  ...WIDGET_BADGE_CODES,
  ...WIDGET_PLATFORM_CARD_CODES,
  ...WIDGET_SIGNATORIES_CODES,
  ...WIDGET_FORM_CODES,
  ...CONSOLE_CODES,
] as const;

/** One stable machine code; see `MESSAGE_CODES`. */
export type MessageCode = (typeof MESSAGE_CODES)[number];

const known: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** Whether a string is one of the catalogue's codes. */
export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && known.has(value);
}
