import { SIGNATORY_KINDS } from '@plateformcoop/model';
import { widgetFormWords as en } from '@plateformcoop/signature/messages/en/widget-form';
import { widgetFormWords as fr } from '@plateformcoop/signature/messages/fr/widget-form';
import { describe, expect, it } from 'vitest';
import { CONSENT_FIELDS, FIELDS_BY_KIND, fieldId, setPath } from './form-fields.js';

// The labels are the form's area of the core's catalogue, coded by the field's path.
const labels: Record<string, Readonly<Record<string, string>>> = { fr, en };

describe('the form’s fields', () => {
  it('have a label in French and in English, and unique ids', () => {
    for (const kind of SIGNATORY_KINDS) {
      const fields = [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS];
      expect(new Set(fields.map((f) => fieldId(f.path))).size).toBe(fields.length);
      for (const field of fields) {
        for (const [locale, words] of Object.entries(labels)) {
          expect(words[field.path], `${field.path} ${locale}`).toBeTruthy();
        }
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
