import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues.js';
import { isMessageCode, MESSAGE_CODES } from './message-code.js';
import { messageFor } from './message-for.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has no code twice', () => {
    expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
  });

  it.each(Object.entries(catalogues))(
    'has a message for every code in %s, and nothing else',
    (_, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_CODES].sort());
      for (const code of MESSAGE_CODES) expect(catalogue[code].trim(), code).not.toBe('');
    },
  );

  it('names the same placeholders in every language', () => {
    for (const code of MESSAGE_CODES) {
      expect(placeholders(catalogues.en[code]), code).toEqual(placeholders(catalogues.fr[code]));
    }
  });

  it('reserves the codes of the registry and of the widgets', () => {
    for (const code of [
      'request.malformed_json',
      'request.unsupported_media_type',
      'request.too_large',
      'rate.limited',
      'challenge.invalid',
      'token.expired',
      'token.invalid',
      'token.purpose',
      'not_found',
      'auth.required',
    ]) {
      expect(isMessageCode(code), code).toBe(true);
    }
  });
});

describe('messageFor', () => {
  it('speaks French by default and English on request', () => {
    expect(messageFor('siren.format')).toMatch(/^Le numéro SIREN comporte 9 chiffres/);
    expect(messageFor('siren.format', 'en')).toMatch(/^A SIREN number has 9 digits/);
  });

  it('fills placeholders, and leaves unknown ones visible', () => {
    expect(messageFor('text.too_long', 'fr', { max: 200 })).toBe(
      'Ce texte est trop long\u00a0: 200 caractères au plus.',
    );
    expect(messageFor('text.too_long', 'en')).toContain('{max}');
  });

  it('falls back to French for an unknown language and to a generic message for an unknown code', () => {
    expect(messageFor('consent.required', 'de' as 'fr')).toBe(catalogues.fr['consent.required']);
    expect(messageFor('no.such.code' as 'field.invalid', 'en')).toBe(
      catalogues.en['field.invalid'],
    );
  });

  it('never lets a parameter named like an Object property through', () => {
    expect(messageFor('text.too_long', 'en', {} as { max: number })).toContain('{max}');
    expect(messageFor('text.too_long', 'en', Object.create({ max: 3 }))).toContain('{max}');
  });
});
