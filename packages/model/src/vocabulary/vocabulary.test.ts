import { describe, expect, it } from 'vitest';
import {
  COLLECTIVITY_TYPES,
  LEGAL_FORMS,
  labelOf,
  PLATFORM_SECTORS,
  REPRESENTATIVE_ROLE_IDS,
  SIGNATORY_KINDS,
  vocabularies,
} from '../index.js';

describe('vocabulary', () => {
  it('has a word for every value of every closed list, in every language', () => {
    for (const [locale, v] of Object.entries(vocabularies)) {
      expect(Object.keys(v.collectivityType).sort(), locale).toEqual(
        [...COLLECTIVITY_TYPES].sort(),
      );
      expect(Object.keys(v.representativeRole).sort(), locale).toEqual(
        [...REPRESENTATIVE_ROLE_IDS].sort(),
      );
      expect(Object.keys(v.platformSector).sort(), locale).toEqual([...PLATFORM_SECTORS].sort());
      expect(Object.keys(v.legalForm).sort(), locale).toEqual([...LEGAL_FORMS].sort());
      expect(Object.keys(v.signatoryKind).sort(), locale).toEqual([...SIGNATORY_KINDS].sort());
    }
  });

  it('speaks French by default and English on request', () => {
    expect(labelOf('collectivityType', 'commune-associee')).toBe('Commune associée');
    expect(labelOf('epciType', 'ca', 'en')).toBe('Agglomeration community (CA)');
    expect(labelOf('representativeRole', 'maire', 'en')).toBe('Mayor');
  });

  it('lists each role once, though président·e is both elected and project role', () => {
    expect(new Set(REPRESENTATIVE_ROLE_IDS).size).toBe(REPRESENTATIVE_ROLE_IDS.length);
    expect(REPRESENTATIVE_ROLE_IDS).toContain('president');
  });
});
