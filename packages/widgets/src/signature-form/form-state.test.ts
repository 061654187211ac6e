import { exampleSubmissions, plateformcoop2023, type SignatoryKind } from '@plateformcoop/model';
import { validateSignature } from '@plateformcoop/signature';
import { validationWords as en } from '@plateformcoop/signature/messages/en/validation';
import { validationWords as fr } from '@plateformcoop/signature/messages/fr/validation';
import { describe, expect, it } from 'vitest';
import { CONSENT_FIELDS, FIELDS_BY_KIND, type FormField } from './form-fields.js';
import { type FormContext, SignatureFormState } from './form-state.js';

const manifesto = plateformcoop2023;

/** A form state as the element holds it, with a count of the re-renders it asked for. */
function formFor(kind: SignatoryKind, context: Partial<FormContext> = {}) {
  const renders = { count: 0 };
  const state = new SignatureFormState(
    () => ({ manifestoId: manifesto.id, manifesto, locale: 'fr', kind, ...context }),
    () => renders.count++,
  );
  return { state, renders };
}

const field = (path: string): FormField =>
  [...Object.values(FIELDS_BY_KIND).flat(), ...CONSENT_FIELDS].find((f) => f.path === path)!;

/** The collectivity of the model's example: Lille. */
const { signatory } = exampleSubmissions.collectivity;
const lille = (signatory as Extract<typeof signatory, { kind: 'collectivity' }>).collectivity;

/** A citizen's form, filled in as a person does. */
function citizen() {
  const form = formFor('individual');
  form.state.input(field('signatory.individual.givenName'), 'Sacha');
  form.state.input(field('signatory.individual.familyName'), 'Exemple');
  form.state.input(field('signatory.individual.email'), 'sacha.exemple@example.org');
  form.state.input(field('consents.sign'), true);
  return form;
}

describe('the signature form’s state', () => {
  it('builds the submission of the chosen kind, every part there so that missing fields are named', () => {
    const { state } = formFor('organization');
    expect(state.submission()).toEqual({
      manifestoId: 'plateformcoop-2023',
      manifestoHash: manifesto.contentHash,
      locale: 'fr',
      commitments: [],
      signatory: { kind: 'organization', organization: {}, representative: { authorised: false } },
      consents: { sign: false, publicDisplay: false, contact: false },
    });
  });

  it('puts the chosen collectivity and the commitments in the submission', () => {
    const { state } = formFor('collectivity');
    state.chooseCollectivity(lille);
    state.setCommitment('adapter-les-achats-publics', true);
    state.setCommitment('sensibiliser-elus-et-agents', true);
    state.setCommitment('adapter-les-achats-publics', false);
    expect(state.submission()).toMatchObject({
      signatory: { kind: 'collectivity', collectivity: lille },
      commitments: ['sensibiliser-elus-et-agents'],
    });
    state.chooseCollectivity(undefined); // the person types another name
    expect(state.submission()).toMatchObject({ signatory: { kind: 'collectivity' } });
    expect(state.submission()).not.toHaveProperty('signatory.collectivity');
  });

  it('validates a field once it was left, never while it is first typed; live after that', () => {
    const { state, renders } = formFor('individual');
    const email = field('signatory.individual.email');
    state.input(email, 'pas-une-adresse');
    expect(state.errors).toEqual({});
    state.blur(email);
    expect(state.errors).toEqual({ 'signatory.individual.email': fr['email.invalid'] });
    state.input(email, 'sacha@example.org');
    expect(state.errors).toEqual({});
    expect(state.values['signatory.individual.email']).toBe('sacha@example.org');
    expect(renders.count).toBe(3);
  });

  it('validates a box or a list at once, with the rules across fields', () => {
    const { state } = formFor('platform');
    state.input(field('consents.sign'), false);
    expect(state.errors['consents.sign']).toBe(fr['consent.required']);
    state.input(field('signatory.representative.role'), 'maire');
    expect(state.errors['signatory.representative.role']).toBe(fr['role.not_for_kind']);
    state.input(field('signatory.representative.role'), 'gerant');
    expect(state.errors).not.toHaveProperty('signatory.representative.role');
  });

  it('speaks the element’s language', () => {
    const { state } = formFor('individual', { locale: 'en' });
    state.blur(field('signatory.individual.givenName'));
    expect(state.errors['signatory.individual.givenName']).toBe(en['field.required']);
  });

  it('refuses an empty form: every issue on its field and in the summary, in form order', () => {
    const { state } = formFor('individual');
    expect(state.check()).toBeUndefined();
    expect(state.summary.map((issue) => issue.path)).toEqual([
      'signatory.individual.givenName',
      'signatory.individual.familyName',
      'signatory.individual.email',
      'consents.sign',
    ]);
    expect(Object.keys(state.errors)).toEqual(state.summary.map((issue) => issue.path));
    expect(state.summary.every((issue) => state.hasField(issue.path))).toBe(true);
    // Fields in error are validated live from then on.
    state.input(field('signatory.individual.givenName'), 'Sacha');
    expect(state.errors).not.toHaveProperty('signatory.individual.givenName');
  });

  it('passes a filled form, which the core accepts as it is', () => {
    const { state } = citizen();
    const submission = state.check();
    expect(submission).toBeDefined();
    expect(state.summary).toEqual([]);
    expect(validateSignature(submission, { manifesto }).ok).toBe(true);
  });

  it('routes each issue to the field that shows it', () => {
    const { state } = formFor('collectivity');
    expect(state.fieldPathOf('signatory.collectivity.inseeCode')).toBe('signatory.collectivity');
    expect(state.fieldPathOf('signatory.collectivity')).toBe('signatory.collectivity');
    expect(state.fieldPathOf('commitments.1')).toBe('commitments');
    // An issue about a whole part goes to the first field of that part.
    expect(state.fieldPathOf('signatory.representative')).toBe(
      'signatory.representative.givenName',
    );
    expect(state.fieldPathOf('signatory.representative.email')).toBe(
      'signatory.representative.email',
    );
    // An issue about the whole input has no field: it stays in the summary alone.
    expect(state.fieldPathOf('')).toBe('');
    expect(state.hasField('')).toBe(false);
    expect(state.hasField('signatory.collectivity')).toBe(true);
    expect(formFor('individual').state.hasField('signatory.collectivity')).toBe(false);
  });

  it('shows the registry’s issues on their fields, first issue of a field first', () => {
    const { state } = formFor('collectivity');
    state.showIssues([
      { path: 'signatory.collectivity.inseeCode', message: 'Code inconnu.' },
      { path: 'signatory.collectivity.siren', message: 'SIREN inconnu.' },
      { path: '', message: 'Illisible.' },
    ]);
    expect(state.errors).toEqual({ 'signatory.collectivity': 'Code inconnu.', '': 'Illisible.' });
    expect(state.summary).toEqual([
      { path: 'signatory.collectivity', message: 'Code inconnu.' },
      { path: '', message: 'Illisible.' },
    ]);
    state.chooseCollectivity(lille);
    expect(state.errors).toEqual({ '': 'Illisible.' });
  });

  it('starts another kind without errors, keeping what was typed', () => {
    const { state } = citizen();
    state.blur(field('signatory.individual.postalCode'));
    state.input(field('signatory.individual.postalCode'), '5900');
    state.check();
    expect(state.summary).not.toEqual([]);
    state.kindChanged();
    expect(state.errors).toEqual({});
    expect(state.summary).toEqual([]);
    expect(state.values['signatory.individual.givenName']).toBe('Sacha');
  });
});
