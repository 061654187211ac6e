import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, compactVerify, createLocalJWKSet } from 'jose';
import { describe, expect, it } from 'vitest';
import { SigningKeys } from './signing-keys.js';

describe('signing keys', () => {
  it('creates a private key file once, rotates, and keeps old public keys in the JWKS', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-keys-')), 'nested', 'key.json');
    const keys = await SigningKeys.open(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = keys.signingKey.kid;
    expect((await SigningKeys.open(file)).signingKey.kid).toBe(first);

    const jws = await new CompactSign(new TextEncoder().encode('old'))
      .setProtectedHeader({ alg: 'EdDSA', kid: first })
      .sign(keys.signingKey.privateKey);
    const second = await keys.rotate();
    expect(second).not.toBe(first);
    const jwks = keys.jwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual([first, second]);
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    const verified = await compactVerify(jws, createLocalJWKSet(jwks));
    expect(new TextDecoder().decode(verified.payload)).toBe('old');
    expect((await SigningKeys.open(file)).signingKey.kid).toBe(second);
  });
});
