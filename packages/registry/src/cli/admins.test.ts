import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry.js';

// `admins` as an operator runs it (the built CLI), then the token against the registry.
const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = promisify(execFile);

describe('plateformcoop-registry admins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-admins-'));
  const env = { ...process.env, DATA_DIR: dir, ADMIN_TOKEN: '' };
  const cmd = async (...args: string[]) => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
    return (await run(process.execPath, [cli, ...args], { env })).stdout;
  };
  const me = async (token: string) => {
    const registry = await createRegistry({ env, log: () => {} });
    try {
      const response = await registry.fetch(
        new Request('http://registry.test/v1/admin/me', {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
      return { status: response.status, body: await response.text() };
    } finally {
      await registry.close();
    }
  };

  it('adds a named token printed once, lists it, and revokes it', async () => {
    expect(await cmd('--help')).toContain('admins add|revoke|list');
    expect(await cmd('admins', 'list')).toContain('no named admin tokens');
    const token = (await cmd('admins', 'add', 'camille')).trim();
    expect(token).toMatch(/^pcadm_[\w-]{43}$/);
    expect(await me(token)).toEqual({ status: 200, body: '{"name":"camille"}' });
    await expect(cmd('admins', 'add', 'camille')).rejects.toMatchObject({ code: 1 });
    await expect(cmd('admins', 'add', 'bad name')).rejects.toMatchObject({ code: 1 });
    expect(await cmd('admins', 'list')).toMatch(/^camille {2}added \S+$/m);
    const other = (await cmd('admins', 'add', 'lou')).trim();
    expect(other).not.toBe(token);
    expect(await cmd('admins', 'revoke', 'camille')).toContain('revoked');
    expect(await cmd('admins', 'list')).toMatch(/camille {2}added \S+ {2}revoked \S+/);
    expect((await me(token)).status).toBe(403);
    expect((await me(other)).status).toBe(200);
    // With every named token revoked and no ADMIN_TOKEN, moderation is closed, not open.
    await cmd('admins', 'revoke', 'lou');
    expect((await me(other)).status).toBe(503);
  }, 60_000);
});
