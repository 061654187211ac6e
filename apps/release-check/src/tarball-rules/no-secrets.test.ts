import { describe, expect, it } from 'vitest';
import { noSecrets } from './no-secrets.ts';
import { inMemoryTarball } from './tarball.ts';

describe('noSecrets', () => {
  it('names files of credentials', () => {
    const tarball = inMemoryTarball(
      {},
      { '.env': 'A=1', 'dist/.env.production': '', 'keys/signing-key.json': '{}' },
    );
    expect(noSecrets(tarball)).toHaveLength(3);
  });

  it('finds keys and tokens inside shipped text, source maps included', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/a.js': '-----BEGIN PRIVATE KEY-----\nMC4CAQ\n-----END PRIVATE KEY-----',
        'dist/b.js.map': `{"sourcesContent":["const t = 'npm_${'a'.repeat(36)}'"]}`,
        'dist/jwk.json':
          '{"kty":"OKP","crv":"Ed25519","x":"abc","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}',
        'dist/c.js': 'const db = "postgres://admin:hunter22@db.internal:5432/prod";',
      },
    );
    expect(noSecrets(tarball)).toEqual([
      expect.stringContaining('private key'),
      expect.stringContaining('npm token'),
      expect.stringContaining('URL with a password'),
      expect.stringContaining('private JSON Web Key'),
    ]);
  });

  it('accepts public keys, example URLs and code that merely mentions tokens', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/jwks.js':
          'export const jwk = {"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"};',
        'dist/config.js':
          'const example = "postgres://postgres@127.0.0.1:5432/test"; const token = process.env.ADMIN_TOKEN;',
        'README.md': 'MAIL_URL=smtp://user:pass@host:587 or smtp://me:<password>@mail.example.org',
        'dist/signing-keys-XM362BYL.js': 'export async function loadSigningKeys() {}',
      },
    );
    expect(noSecrets(tarball)).toEqual([]);
  });
});
