import { SIGNATORY_KINDS } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { CONSENT_FIELDS, FIELDS_BY_KIND, fieldId, setPath } from './form-fields.js';
import { signatureFormMessages } from './signature-form.messages.js';

describe('the form’s fields', () => {
  it('have a label in French and in English, and unique ids', () => {
    for (const kind of SIGNATORY_KINDS) {
      const fields = [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS];
      expect(new Set(fields.map((f) => fieldId(f.path))).size).toBe(fields.length);
      for (const field of fields) {
        expect(signatureFormMessages.fr[field.path], `${field.path} fr`).toBeTruthy();
        expect(signatureFormMessages.en[field.path], `${field.path} en`).toBeTruthy();
      }
    }
  });

  it('give every select its options and their vocabulary', () => {
    for (const field of Object.values(FIELDS_BY_KIND).flat()) {
      if (field.type === 'select') {
        expect(field.options?.length, field.path).toBeGreaterThan(0);
        expect(field.vocabulary, field.path).toBeTruthy();
      }
    }
  });
});

describe('setPath', () => {
  it('builds nested objects, and only the objects for an undefined value', () => {
    const target: Record<string, unknown> = {};
    setPath(target, 'signatory.individual.email', 'a@example.org');
    setPath(target, 'signatory.individual.postalCode', undefined);
    setPath(target, 'consents.sign', true);
    expect(target).toEqual({
      signatory: { individual: { email: 'a@example.org' } },
      consents: { sign: true },
    });
  });
});
