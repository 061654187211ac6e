import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues.js';
import { messageFor } from './message-for.js';

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
    for (const odd of ['__proto__', 'constructor', 'toString']) {
      expect(messageFor('consent.required', odd as 'fr')).toBe(catalogues.fr['consent.required']);
    }
    expect(messageFor('no.such.code' as 'field.invalid', 'en')).toBe(
      catalogues.en['field.invalid'],
    );
  });

  it('never lets a parameter named like an Object property through', () => {
    expect(messageFor('text.too_long', 'en', {} as { max: number })).toContain('{max}');
    expect(messageFor('text.too_long', 'en', Object.create({ max: 3 }))).toContain('{max}');
  });
});
