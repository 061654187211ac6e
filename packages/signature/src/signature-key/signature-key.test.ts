import { plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import {
  asTyped,
  commune,
  epci,
  individual,
  organization,
  platform,
  withField,
} from '../test-support/examples.js';
import { validateSignature } from '../validation/validate-signature.js';
import { signatureKey } from './signature-key.js';

function keyOf(input: unknown): string {
  const result = validateSignature(input, { manifesto: plateformcoop2023 });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return signatureKey(result.value);
}

const website = ['signatory', 'platform', 'website'];

describe('signatureKey', () => {
  it('keys a commune by its INSEE code, whatever SIREN it gives', () => {
    expect(keyOf(commune)).toBe('insee:59350');
    expect(keyOf(withField(commune, ['signatory', 'collectivity', 'inseeCode'], ' 59 350 '))).toBe(
      'insee:59350',
    );
  });

  it('keys a commune associée by its own INSEE code', () => {
    const associee = withField(commune, ['signatory', 'collectivity'], {
      type: 'commune-associee',
      name: 'Hellemmes-Lille',
      inseeCode: '59298',
    });
    expect(keyOf(associee)).toBe('insee:59298');
  });

  it('keys an EPCI by its SIREN', () => {
    expect(keyOf(epci)).toBe('siren:200093201');
  });

  it('keys a platform by its SIREN, else by its registrable domain', () => {
    expect(keyOf(withField(platform, website, 'https://www.mobicoop.fr/'))).toBe(
      'domain:mobicoop.fr',
    );
    expect(keyOf(withField(platform, website, 'https://MOBICOOP.fr/covoiturage'))).toBe(
      'domain:mobicoop.fr',
    );
    const withSiren = withField(platform, ['signatory', 'platform', 'siren'], '732 829 320');
    expect(keyOf(withSiren)).toBe('siren:732829320');
  });

  it('keys an individual by canonical e-mail', () => {
    const email = ['signatory', 'individual', 'email'];
    expect(keyOf(withField(individual, email, 'Sacha.Exemple+manifeste@Example.ORG'))).toBe(
      keyOf(individual),
    );
  });

  it('falls back to the representative’s e-mail for an organisation without SIREN or website', () => {
    expect(keyOf(organization)).toBe('contact:dominique@reseau-exemple.example.org');
  });

  it('is the same for every example as a person types it', () => {
    for (const submission of [commune, epci, platform, organization, individual]) {
      expect(keyOf(asTyped(submission))).toBe(keyOf(submission));
    }
  });
});
