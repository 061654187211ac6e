import { plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import {
  commune,
  copy,
  epci,
  individual,
  organization,
  platformWithSoftware,
} from '../test-support/examples.js';
import { signatureFormFields } from './form-fields.js';
import { validateSignature } from './validate-signature.js';

const manifesto = plateformcoop2023;

function requiredPaths(
  kind: Parameters<typeof signatureFormFields>[0],
  collectivityType?: 'commune' | 'epci',
) {
  return signatureFormFields(kind, collectivityType ? { collectivityType } : {})
    .filter((field) => field.required)
    .map((field) => field.path);
}

describe('signatureFormFields', () => {
  it('lists an individual’s fields in form order', () => {
    expect(signatureFormFields('individual')).toEqual([
      { path: 'signatory.kind', required: true },
      { path: 'signatory.individual.givenName', required: true },
      { path: 'signatory.individual.familyName', required: true },
      { path: 'signatory.individual.email', required: true },
      { path: 'signatory.individual.postalCode', required: false },
      { path: 'consents.sign', required: true },
      { path: 'consents.publicDisplay', required: false },
      { path: 'consents.contact', required: false },
    ]);
  });

  it('marks the identifier a collectivity’s type requires', () => {
    expect(requiredPaths('collectivity', 'commune')).toContain('signatory.collectivity.inseeCode');
    expect(requiredPaths('collectivity', 'commune')).not.toContain('signatory.collectivity.siren');
    expect(requiredPaths('collectivity', 'epci')).toContain('signatory.collectivity.siren');
  });

  it('names the optional part a field belongs to (a platform’s software)', () => {
    const software = signatureFormFields('platform').filter((f) => f.path.includes('.software.'));
    expect(software).toEqual([
      {
        path: 'signatory.platform.software.name',
        required: true,
        part: 'signatory.platform.software',
      },
      {
        path: 'signatory.platform.software.license',
        required: false,
        part: 'signatory.platform.software',
      },
      {
        path: 'signatory.platform.software.repository',
        required: false,
        part: 'signatory.platform.software',
      },
    ]);
  });

  it('agrees with validateSignature: leaving out a required field is refused, an optional one is not', () => {
    const cases = [
      ['individual', individual, undefined],
      ['platform', platformWithSoftware, undefined],
      ['organization', organization, undefined],
      ['collectivity', commune, 'commune'],
      ['collectivity', epci, 'epci'],
    ] as const;
    for (const [kind, submission, collectivityType] of cases) {
      for (const field of signatureFormFields(kind, collectivityType ? { collectivityType } : {})) {
        if (field.path === 'signatory.kind') continue; // without it, there is no kind to list fields for
        const edited = copy(submission) as Record<string, unknown>;
        const keys = field.path.split('.');
        let node = edited;
        for (const key of keys.slice(0, -1)) node = (node[key] ?? {}) as Record<string, unknown>;
        delete node[keys.at(-1)!];
        const result = validateSignature(edited, { manifesto });
        expect(result.ok, `${kind}: without ${field.path}`).toBe(!field.required);
      }
    }
  });
});
