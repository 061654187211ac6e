import { plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { copy, validSubmissions } from '../test-support/examples.js';
import { validateSignature } from '../validation/validate-signature.js';
import { signatureKey } from './signature-key.js';

function keyOf(input: unknown): string {
  const result = validateSignature(input, { manifesto: plateformcoop2023 });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return signatureKey(result.value);
}

describe('signatureKey', () => {
  it('keys a commune by its INSEE code, whatever SIREN it gives', () => {
    expect(keyOf(validSubmissions.lilleCommune)).toBe('insee:59350');
    const typed = copy(validSubmissions.lilleCommune);
    typed.signatory.collectivity.inseeCode = ' 59 350 ';
    expect(keyOf(typed)).toBe('insee:59350');
  });

  it('keys a commune associée by its own INSEE code', () => {
    const associee = copy(validSubmissions.lilleCommune) as {
      signatory: { collectivity: Record<string, unknown> };
    };
    associee.signatory.collectivity = {
      type: 'commune-associee',
      name: 'Hellemmes-Lille',
      inseeCode: '59298',
    };
    expect(keyOf(associee)).toBe('insee:59298');
  });

  it('keys an EPCI by its SIREN', () => {
    expect(keyOf(validSubmissions.melEpci)).toBe('siren:200093201');
  });

  it('keys a platform by its SIREN, else by its registrable domain', () => {
    expect(keyOf(validSubmissions.mobicoopPlatform)).toBe('domain:mobicoop.fr');
    const other = copy(validSubmissions.mobicoopPlatform);
    other.signatory.platform.website = 'https://MOBICOOP.fr/covoiturage';
    expect(keyOf(other)).toBe('domain:mobicoop.fr');
    const withSiren = copy(validSubmissions.mobicoopPlatform) as {
      signatory: { platform: Record<string, unknown> };
    };
    withSiren.signatory.platform.siren = '732 829 320';
    expect(keyOf(withSiren)).toBe('siren:732829320');
  });

  it('keys an individual by canonical e-mail', () => {
    const typed = copy(validSubmissions.citizen);
    typed.signatory.individual.email = 'Lea.Bernard+manifeste@Example.ORG';
    expect(keyOf(typed)).toBe(keyOf(validSubmissions.citizen));
  });

  it('falls back to the representative’s e-mail for an organisation without SIREN or website', () => {
    const bare = copy(validSubmissions.essNetwork) as {
      signatory: { organization: Record<string, unknown> };
    };
    delete bare.signatory.organization.website;
    expect(keyOf(bare)).toBe('contact:sam.petit@example.org');
  });
});
