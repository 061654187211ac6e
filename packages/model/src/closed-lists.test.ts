/**
 * The closed lists live in schema-free modules, so that a bundle that imports one (the widgets'
 * words, the moderation console's filters, the signature core's checks) keeps no schema and no
 * zod. Bundled from the package's entry as the widgets' CDN build does (esbuild, minified, with
 * this package's `sideEffects: false`).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = join(import.meta.dirname, 'index.ts');

async function bundleOf(names: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from ${JSON.stringify(entry)};`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

// Every zod schema carries its internals under `_zod`, a property name minifiers keep.
const ZOD_MARK = '_zod';

describe('closed lists', () => {
  it.each([
    ['SIGNATORY_KINDS', 'individual'],
    ['COLLECTIVITY_TYPES', 'commune-associee'],
    ['EPCI_TYPES', 'metropole-de-lyon'],
    ['ORGANIZATION_TYPES', 'ess-network'],
    ['REPRESENTATIVE_ROLES', 'charge-de-mission'],
    ['REPRESENTATIVE_ROLE_IDS', 'vice-president'],
    ['PLATFORM_SECTORS', 'partage-de-biens'],
    ['LEGAL_FORMS', 'societe-ess'],
    ['SIGNATURE_STATUSES', 'pending_confirmation'],
    ['TEXT_LIMITS', 'personName'],
    ['labelOf', 'Syndicat intercommunal ou mixte'],
  ])('%s bundles without any schema or zod', async (name, word) => {
    const code = await bundleOf([name]);
    expect(code).toContain(word);
    expect(code).not.toContain(ZOD_MARK);
  });

  it('leave out the list of every role when only the groups are used', async () => {
    expect(await bundleOf(['REPRESENTATIVE_ROLES'])).not.toContain('new Set');
  });

  it('still bring zod along with a schema built from them', async () => {
    const code = await bundleOf(['SignatoryKind']);
    expect(code).toContain(ZOD_MARK);
    expect(code).toContain('individual');
  });
});
