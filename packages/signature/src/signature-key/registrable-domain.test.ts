import { describe, expect, it } from 'vitest';
import { registrableDomain } from './registrable-domain.js';

describe('registrableDomain', () => {
  it('follows the Public Suffix List, private suffixes included', () => {
    expect(registrableDomain('https://www.coopcycle.org/fr/')).toBe('coopcycle.org');
    expect(registrableDomain('https://lille.fr')).toBe('lille.fr');
    // gouv.fr is itself a public suffix: each service under it is its own entity.
    expect(registrableDomain('https://www.service.gouv.fr')).toBe('service.gouv.fr');
    expect(registrableDomain('https://example.co.uk/x')).toBe('example.co.uk');
    expect(registrableDomain('https://coopcycle.github.io/')).toBe('coopcycle.github.io');
    expect(registrableDomain('https://127.0.0.1/')).toBeUndefined();
  });
});
