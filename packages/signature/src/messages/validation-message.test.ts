import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues.js';
import { IDENTIFIER_CODES, VALIDATION_CODES } from './message-code.js';
import { messageFor } from './message-for.js';
import { validationMessageFor } from './validation-message.js';

const VALIDATOR_CODES = [...VALIDATION_CODES, ...IDENTIFIER_CODES];

describe('validationMessageFor', () => {
  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])(
    'words every validator code in %s as messageFor does',
    (locale) => {
      for (const code of VALIDATOR_CODES) {
        expect(validationMessageFor(code, locale), code).toBe(messageFor(code, locale));
        expect(validationMessageFor(code, locale, { max: 7 }), code).toBe(
          messageFor(code, locale, { max: 7 }),
        );
      }
    },
  );

  it('speaks French by default, and for an unknown language', () => {
    expect(validationMessageFor('siren.format')).toBe(catalogues.fr['siren.format']);
    for (const odd of ['de', '__proto__', 'constructor']) {
      expect(validationMessageFor('consent.required', odd as 'fr')).toBe(
        catalogues.fr['consent.required'],
      );
    }
  });

  it('gives the generic words for a code outside its areas, as for an unknown one', () => {
    for (const odd of ['no.such.code', 'mail.signature', 'toString']) {
      expect(validationMessageFor(odd as 'field.invalid', 'en')).toBe(
        catalogues.en['field.invalid'],
      );
    }
  });

  it('fills placeholders, and leaves unknown ones visible', () => {
    expect(validationMessageFor('commitment.too_many', 'en', { max: 3 })).toContain('3');
    expect(validationMessageFor('commitment.too_many', 'en', {})).toContain('{max}');
    expect(validationMessageFor('text.too_long', 'en', Object.create({ max: 3 }))).toContain(
      '{max}',
    );
  });
});

describe('what validates', () => {
  it('bundles the validation and identifier words, and no other area', async () => {
    const entry = (file: string) =>
      fileURLToPath(new URL(`../validation/${file}`, import.meta.url));
    const { metafile } = await build({
      entryPoints: [entry('validate-signature.ts'), entry('validate-field.ts')],
      bundle: true,
      write: false,
      outdir: 'unused',
      format: 'esm',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const words = Object.keys(metafile.inputs)
      .filter((input) => /src\/messages\/(fr|en)(\/|\.ts)/.test(input))
      .map((input) => input.replace(/^.*src\/messages\//, ''))
      .sort();
    expect(words).toEqual([
      'en/identifiers.ts',
      'en/validation.ts',
      'fr/identifiers.ts',
      'fr/validation.ts',
    ]);
  });
});
