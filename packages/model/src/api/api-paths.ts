/**
 * The paths of the registry's HTTP API (version 1) and of its pages, as templates in which
 * `{name}` marks a parameter, the way OpenAPI writes them. The registry declares its routes
 * with these templates; the widgets, the moderation console and the demo build their requests
 * from them with `apiPath`. One constant per path, so that a bundle carries only the paths it
 * calls (no moderation path ever reaches a widget).
 */

// Manifestos, signing, counting, listing
export const MANIFESTOS_PATH = '/v1/manifestos';
export const MANIFESTO_PATH = '/v1/manifestos/{id}';
export const CHALLENGE_PATH = '/v1/manifestos/{id}/challenge';
export const SIGNATURES_PATH = '/v1/manifestos/{id}/signatures';
export const COUNTER_PATH = '/v1/manifestos/{id}/counter';
export const COUNTER_STREAM_PATH = '/v1/manifestos/{id}/counter/stream';
export const SIGNATORIES_PATH = '/v1/manifestos/{id}/signatories';
export const CONFIRMATIONS_PATH = '/v1/confirmations';
export const WITHDRAWALS_PATH = '/v1/withdrawals';
export const RESENDS_PATH = '/v1/resends';

// Platforms, their attestations and badges
export const PLATFORMS_PATH = '/v1/platforms';
export const PLATFORM_PATH = '/v1/platforms/{slug}';
export const ATTESTATION_PATH = '/v1/platforms/{slug}/attestation';
export const BADGE_SVG_PATH = '/v1/platforms/{slug}/badge.svg';
export const BADGE_JSON_PATH = '/v1/platforms/{slug}/badge.json';
export const JWKS_PATH = '/.well-known/jwks.json';

// Open data: the published signatories as files anyone may reuse, and their descriptor
export const OPEN_DATA_CSV_PATH = '/v1/manifestos/{id}/signatories.csv';
export const OPEN_DATA_JSON_PATH = '/v1/manifestos/{id}/signatories.json';
export const DATA_PACKAGE_PATH = '/v1/manifestos/{id}/datapackage.json';

// The official list of collectivities
export const COLLECTIVITIES_PATH = '/v1/collectivities';

/**
 * The moderation API, behind the moderators' bearer token: together, since only the moderation
 * console and the registry's tools use them (no widget ever does).
 */
export const MODERATION_PATHS = {
  me: '/v1/admin/me',
  signatures: '/v1/admin/signatures',
  signature: '/v1/admin/signatures/{id}',
  publish: '/v1/admin/signatures/{id}/publish',
  reject: '/v1/admin/signatures/{id}/reject',
  stats: '/v1/admin/stats',
  retention: '/v1/admin/retention',
  anonymize: '/v1/admin/anonymize',
  exportCsv: '/v1/admin/export.csv',
  exportJson: '/v1/admin/export.json',
  /** A signature recorded from a council's (or a board's) deliberation, not signed by the form. */
  offlineSignatures: '/v1/admin/manifestos/{id}/offline-signatures',
} as const;

// The registry's pages
export const HOME_PAGE_PATH = '/';
export const CONFIRM_PAGE_PATH = '/confirm';
export const WITHDRAW_PAGE_PATH = '/withdraw';
export const EMBED_PAGE_PATH = '/embed/{widget}';
/** A published signature's certificate: the page, its PDF, and its facts signed (compact JWS). */
export const CERTIFICATE_PAGE_PATH = '/certificates/{id}';
export const CERTIFICATE_PDF_PATH = '/certificates/{id}.pdf';
export const CERTIFICATE_JWS_PATH = '/certificates/{id}.jws';
export const CONSOLE_PAGE_PATH = '/admin/';
export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';
export const HEALTH_PATH = '/healthz';
/** The registry's figures in Prometheus's text format (admin token, or `METRICS_ADDRESS`). */
export const METRICS_PATH = '/metrics';

/** The names of a template's parameters: `'id'` for `/v1/manifestos/{id}/counter`. */
export type PathParameterName<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParameterName<Rest>
  : never;

/** The values of a template's parameters. */
export type PathParameters<T extends string> = [PathParameterName<T>] extends [never]
  ? Record<string, never>
  : { [Name in PathParameterName<T>]: string };

/**
 * A path to request: the template with each parameter's value escaped.
 * `apiPath(COUNTER_PATH, { id: 'plateformcoop-2023' })` is
 * `/v1/manifestos/plateformcoop-2023/counter`. (Small on purpose: every widget bundles it.)
 */
export function apiPath<T extends string>(
  template: [PathParameterName<T>] extends [never] ? T : never,
): string;
export function apiPath<T extends string>(template: T, parameters: PathParameters<T>): string;
export function apiPath(template: string, parameters?: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(parameters![name]!),
  );
}

/** Query parameters; `undefined` and empty values are left out. */
export type QueryParameters = Readonly<Record<string, string | number | boolean | undefined>>;

/** A path with a query string of the parameters that have a value (`/v1/admin/stats?manifesto=…`). */
export function withQuery(path: string, query: QueryParameters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(name, String(value));
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}
