import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  registryCommands,
  stopTestRegistry,
  testRegistryUrl,
} from '../../test/registry-commands.js';
import { checkBadge } from './check-badge.js';

// The real registry signs the attestation; the badge's check runs on it as in the browser.
let jws: string;
let jwks: Parameters<typeof checkBadge>[1]['jwks'];

beforeAll(async () => {
  const registry = await testRegistryUrl();
  await registryCommands.publishPlatform!(
    {} as never,
    'Mobicoop',
    'https://www.mobicoop.fr',
    'mobilite',
  );
  jws = await (await fetch(`${registry}/v1/platforms/mobicoop/attestation`)).text();
  jwks = await (await fetch(`${registry}/.well-known/jwks.json`)).json();
}, 60_000);

afterAll(() => stopTestRegistry());

describe('checkBadge', () => {
  it('verifies a genuine attestation on the attested website', async () => {
    const result = await checkBadge(jws, {
      jwks,
      manifesto: 'plateformcoop-2023',
      platform: 'mobicoop',
      pageHostname: 'mobicoop.fr',
    });
    expect(result.verified).toBe(true);
    if (result.verified) {
      expect(result.attestation.website).toBe('https://www.mobicoop.fr');
      expect(result.attestation.slug).toBe('mobicoop');
    }
  });

  it('refuses another platform, another website, another manifesto, another key and any altered byte', async () => {
    const options = {
      jwks,
      manifesto: 'plateformcoop-2023',
      platform: 'mobicoop',
      pageHostname: 'www.mobicoop.fr',
    };
    expect(await checkBadge(jws, { ...options, platform: 'coopcycle' })).toEqual({
      verified: false,
      reason: 'badge.platform_mismatch',
    });
    expect(await checkBadge(jws, { ...options, pageHostname: 'mobicoop.fr.example.org' })).toEqual({
      verified: false,
      reason: 'badge.domain_mismatch',
    });
    expect(await checkBadge(jws, { ...options, manifesto: 'another' })).toMatchObject({
      verified: false,
    });
    expect(await checkBadge(jws, { ...options, jwks: { keys: [] } })).toMatchObject({
      verified: false,
    });
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(await checkBadge(`${header}.${payload}.${flipped}`, options)).toMatchObject({
      verified: false,
    });
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const forged = btoa(JSON.stringify({ ...claims, website: 'https://evil.example' }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(
      await checkBadge(`${header}.${forged}.${signature}`, {
        ...options,
        pageHostname: 'evil.example',
      }),
    ).toMatchObject({
      verified: false,
    });
  });
});
