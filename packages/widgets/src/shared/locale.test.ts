import { describe, expect, it } from 'vitest';
import { toWidgetLocale } from './locale.js';

describe('toWidgetLocale', () => {
  it('maps language tags to the languages the widgets speak', () => {
    expect(toWidgetLocale('fr')).toBe('fr');
    expect(toWidgetLocale('fr-CA')).toBe('fr');
    expect(toWidgetLocale('EN_gb')).toBe('en');
    expect(toWidgetLocale(' en ')).toBe('en');
  });

  it('leaves other languages and empty values to the caller', () => {
    expect(toWidgetLocale('de')).toBeUndefined();
    expect(toWidgetLocale('')).toBeUndefined();
    expect(toWidgetLocale(null)).toBeUndefined();
    expect(toWidgetLocale('english')).toBeUndefined();
  });
});
