import { plateformcoop2023, SIGNATORY_KINDS, type SignatoryKind } from '@plateformcoop/model';
import { signatureFormFields, validateField } from '@plateformcoop/signature';
import { widgetFormWords as en } from '@plateformcoop/signature/messages/en/widget-form';
import { widgetFormWords as fr } from '@plateformcoop/signature/messages/fr/widget-form';
import { describe, expect, it } from 'vitest';
import {
  CONSENT_FIELDS,
  FIELDS_BY_KIND,
  fieldId,
  NOT_TYPED,
  PRESENTATION,
  setPath,
} from './form-fields.js';

// The labels are the form's area of the core's catalogue, coded by the field's path.
const labels: Record<string, Readonly<Record<string, string>>> = { fr, en };

const shownFields = (kind: SignatoryKind) => [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS];
const nameOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
const typed = (path: string) =>
  !NOT_TYPED.some((part) => path === part || path.startsWith(`${part}.`));

describe('the form’s fields', () => {
  it('are the core’s, in its order, with its required flags, but those the form does not type', () => {
    for (const kind of SIGNATORY_KINDS) {
      const core = signatureFormFields(kind).filter((field) => typed(field.path));
      const widget = shownFields(kind).map(({ path, required }) => ({ path, required }));
      expect(widget, kind).toEqual(core.map(({ path, required }) => ({ path, required })));
    }
  });

  it('are, for a citizen and for a representative, these', () => {
    const lines = (kind: SignatoryKind) =>
      shownFields(kind).map((f) => `${f.path} ${f.type}${f.required ? ' required' : ''}`);
    expect(lines('individual')).toEqual([
      'signatory.individual.givenName text required',
      'signatory.individual.familyName text required',
      'signatory.individual.email email required',
      'signatory.individual.postalCode text',
      'consents.sign checkbox required',
      'consents.publicDisplay checkbox',
      'consents.contact checkbox',
    ]);
    expect(lines('collectivity')).toEqual([
      'signatory.representative.givenName text required',
      'signatory.representative.familyName text required',
      'signatory.representative.role select required',
      'signatory.representative.function text',
      'signatory.representative.authorised checkbox required',
      'signatory.representative.email email required',
      'signatory.representative.phone tel',
      'consents.sign checkbox required',
      'consents.publicDisplay checkbox',
      'consents.contact checkbox',
    ]);
  });

  it('leave out only what the form asks otherwise: the kind, the chosen collectivity, a platform’s optional details', () => {
    const core = SIGNATORY_KINDS.flatMap((kind) => signatureFormFields(kind).map((f) => f.path));
    expect(new Set(core.filter((path) => !typed(path)))).toEqual(
      new Set([
        'signatory.kind',
        'signatory.collectivity.type',
        'signatory.collectivity.epciType',
        'signatory.collectivity.name',
        'signatory.collectivity.inseeCode',
        'signatory.collectivity.siren',
        'signatory.collectivity.departementCode',
        'signatory.collectivity.regionCode',
        'signatory.collectivity.population',
        'signatory.platform.description',
        'signatory.platform.software.name',
        'signatory.platform.software.license',
        'signatory.platform.software.repository',
      ]),
    );
  });

  it('each have a presentation of their own, and no presentation is left over', () => {
    const names = new Set(
      SIGNATORY_KINDS.flatMap((kind) => shownFields(kind).map((f) => nameOf(f.path))),
    );
    expect([...names].filter((name) => !PRESENTATION[name])).toEqual([]);
    expect(Object.keys(PRESENTATION).filter((name) => !names.has(name))).toEqual([]);
  });

  it('have a label in French and in English, and unique ids', () => {
    for (const kind of SIGNATORY_KINDS) {
      const fields = shownFields(kind);
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

  it('offer each kind only the roles the core accepts for it', () => {
    for (const kind of SIGNATORY_KINDS) {
      const role = FIELDS_BY_KIND[kind].find((f) => f.path === 'signatory.representative.role');
      if (!role) continue;
      const submission = { signatory: { kind, representative: {} } };
      for (const option of role.options!) {
        const result = validateField(role.path, option, {
          manifesto: plateformcoop2023,
          submission,
        });
        expect(result.ok, `${kind}: ${option}`).toBe(true);
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
