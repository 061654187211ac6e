import { describe, expect, it } from 'vitest';
import { canonicalEmail } from './canonical-email.js';

describe('canonicalEmail', () => {
  it('lowercases and drops sub-addressing', () => {
    expect(canonicalEmail('Camille.Martin+petition@Example.org')).toBe(
      'camille.martin@example.org',
    );
  });

  it('reads Gmail addresses without dots, googlemail.com as gmail.com', () => {
    expect(canonicalEmail('Jean.Dupont+x@googlemail.com')).toBe('jeandupont@gmail.com');
    expect(canonicalEmail('j.e.a.n.dupont@gmail.com')).toBe('jeandupont@gmail.com');
  });

  it('keeps dots elsewhere', () => {
    expect(canonicalEmail('jean.dupont@lille.fr')).toBe('jean.dupont@lille.fr');
  });
});
