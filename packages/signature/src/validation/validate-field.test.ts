import { plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { commune, copy, individual, platform } from '../test-support/examples.js';
import { validateField } from './validate-field.js';

const manifesto = plateformcoop2023;
const codes = (result: ReturnType<typeof validateField>) =>
  result.ok ? [] : result.issues.map((issue) => issue.code);

describe('validateField', () => {
  it('normalises a valid value', () => {
    expect(validateField('signatory.collectivity.siren', '215 903 501')).toEqual({
      ok: true,
      value: '215903501',
    });
    expect(validateField('signatory.collectivity.inseeCode', '2a004')).toEqual({
      ok: true,
      value: '2A004',
    });
    expect(validateField('signatory.representative.email', 'A@B.FR')).toEqual({
      ok: true,
      value: 'A@b.fr',
    });
    expect(validateField('signatory.platform.website', 'www.mobicoop.fr')).toEqual({
      ok: true,
      value: 'https://www.mobicoop.fr/',
    });
  });

  it('gives the same codes and localised messages as the whole validation', () => {
    const result = validateField('signatory.collectivity.siren', '215903502', { locale: 'en' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'signatory.collectivity.siren',
          code: 'siren.checksum',
          message: expect.stringMatching(/^This SIREN number does not exist/),
        },
      ],
    });
  });

  it('says when a required field is empty, and lets an optional one be', () => {
    expect(codes(validateField('signatory.individual.email', '  '))).toEqual(['field.required']);
    expect(validateField('signatory.individual.postalCode', '')).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('checks the kind against the manifesto', () => {
    expect(validateField('signatory.kind', 'platform', { manifesto })).toEqual({
      ok: true,
      value: 'platform',
    });
    expect(codes(validateField('signatory.kind', 'robot', { manifesto }))).toEqual([
      'kind.invalid',
    ]);
    const onlyPlatforms = { ...manifesto, acceptedKinds: ['platform' as const] };
    expect(
      codes(validateField('signatory.kind', 'individual', { manifesto: onlyPlatforms })),
    ).toEqual(['kind.not_accepted']);
  });

  it('checks commitments against the manifesto and the kind in the form', () => {
    expect(validateField('commitments', ['utiliser-et-promouvoir'], { manifesto })).toEqual({
      ok: true,
      value: ['utiliser-et-promouvoir'],
    });
    expect(
      codes(
        validateField('commitments', ['sensibiliser-elus-et-agents'], {
          manifesto,
          submission: individual,
        }),
      ),
    ).toEqual(['commitment.not_for_kind']);
  });

  it('applies the rules across fields when given the rest of the form', () => {
    const associee = copy(commune) as { signatory: { collectivity: Record<string, unknown> } };
    associee.signatory.collectivity.type = 'commune-associee';
    const options = { manifesto, submission: associee };
    expect(codes(validateField('signatory.collectivity.siren', '215903501', options))).toEqual([
      'collectivity.siren_forbidden',
    ]);
    const noInsee = { manifesto, submission: commune };
    expect(codes(validateField('signatory.collectivity.inseeCode', '', noInsee))).toEqual([
      'collectivity.insee_required',
    ]);
    expect(codes(validateField('signatory.collectivity.departementCode', '62', noInsee))).toEqual([
      'collectivity.departement_mismatch',
    ]);
  });

  it('checks the role against the kind in the form', () => {
    const options = { manifesto, submission: platform };
    expect(codes(validateField('signatory.representative.role', 'maire', options))).toEqual([
      'role.not_for_kind',
    ]);
    expect(validateField('signatory.representative.role', 'gerant', options)).toEqual({
      ok: true,
      value: 'gerant',
    });
  });

  it('refuses a path the form does not have', () => {
    expect(codes(validateField('signatory.collectivity.mayor', 'x'))).toEqual(['field.unknown']);
    expect(codes(validateField('signatory', {}))).toEqual(['field.unknown']);
    expect(codes(validateField('signatory.collectivity', {}))).toEqual(['field.unknown']);
    expect(codes(validateField('__proto__', 'x'))).toEqual(['field.unknown']);
  });
});
