// What zod costs in a widget bundle: the same schema bundled with `zod` (classic) and with
// `zod/mini`, and what this package costs a widget that validates a submission with it.
// esbuild, minified ESM for browsers, gzip level 9, as the widgets' bundles are built.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const schemaOf = (mini) =>
  mini
    ? `const S = z.object({ name: z.string().check(z.minLength(1), z.maxLength(200)), email: z.email(), website: z.optional(z.url()), siren: z.optional(z.string().check(z.regex(/^\\d{9}$/))), kind: z.enum(['a','b']), consent: z.literal(true) });`
    : `const S = z.object({ name: z.string().min(1).max(200), email: z.email(), website: z.url().optional(), siren: z.string().regex(/^\\d{9}$/).optional(), kind: z.enum(['a','b']), consent: z.literal(true) });`;

const entries = {
  'six-field schema, zod (classic)': `import * as z from 'zod'; ${schemaOf(false)} export const check = (v) => S.safeParse(v).success;`,
  'six-field schema, zod/mini': `import * as z from 'zod/mini'; ${schemaOf(true)} export const check = (v) => S.safeParse(v).success;`,
  '@plateformcoop/model: safeParseSignatureSubmission': `export { safeParseSignatureSubmission } from './src/index.ts';`,
  '@plateformcoop/model: everything': `export * from './src/index.ts';`,
};

const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  rows.push({ bundle: name, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
}
console.table(rows);
const [classic, mini] = rows;
console.log(
  `zod/mini costs ${(mini.gzip / classic.gzip).toFixed(2)}x what zod classic costs (gzip).`,
);
