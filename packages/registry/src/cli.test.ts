import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The built CLI, as an operator runs it, on a fresh SQLite folder.
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const run = promisify(execFile);

describe('plateformcoop-registry CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
  const env = { ...process.env, DATA_DIR: dir };
  const cmd = async (...args: string[]) => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
    return (await run(process.execPath, [cli, ...args], { env })).stdout;
  };

  it('documents its commands and refuses an unknown one', async () => {
    const help = await cmd('--help');
    for (const command of ['serve', 'migrate', 'seed', 'export', 'keys', 'retention', 'anonymize'])
      expect(help).toContain(command);
    await expect(cmd('frobnicate')).rejects.toMatchObject({ code: 1 });
  }, 30_000);

  it('checks a folder of manifesto definitions without starting anything', async () => {
    const examples = new URL('../examples/manifestos/', import.meta.url).pathname;
    expect(await cmd('manifestos', 'check', examples)).toContain(
      'charte-plateformes-en-communs-2026 version 2026-01',
    );
    const broken = mkdtempSync(join(tmpdir(), 'pc-manifestos-'));
    writeFileSync(join(broken, 'faux.json'), '{"id": "Pas Un Slug"}');
    const failed = cmd('manifestos', 'check', broken);
    await expect(failed).rejects.toMatchObject({ code: 1 });
    await expect(failed).rejects.toMatchObject({
      stderr: expect.stringContaining('faux.json: id: '),
    });
    // And `serve` does not start on it.
    const serve = run(process.execPath, [cli, 'serve'], {
      env: { ...env, MANIFESTOS_DIR: broken, PORT: '0' },
    });
    await expect(serve).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('faux.json: version: '),
    });
  }, 30_000);

  it('migrates, seeds, exports, rotates keys, applies retention and anonymizes', async () => {
    expect(await cmd('migrate')).toContain('001-initial: Success');
    expect(await cmd('migrate')).toContain('up to date');
    expect(await cmd('seed', '--demo', '5')).toContain('5 demonstration signatures published');
    const csv = await cmd('export');
    expect(csv.trim().split('\n')).toHaveLength(6);
    expect(csv).not.toMatch(/@/);
    await cmd('export', '--format', 'json', '--output', join(dir, 'out.json'));
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toHaveLength(5);
    const first = (await cmd('keys', 'list')).trim();
    expect(await cmd('keys', 'rotate')).toContain('new signing key');
    const jwks = JSON.parse(await cmd('keys', 'jwks')) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys).toHaveLength(2);
    expect(jwks.keys[0]!.kid).toBe(first.split(/\s+/)[0]);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
    expect(await cmd('retention')).toMatch(/retention: \d+ expired/);
    expect(await cmd('anonymize', '--manifesto', 'plateformcoop-2023')).toContain(
      'anonymized 5 signatures',
    );
    expect(await cmd('export')).not.toMatch(/Démo/);
  }, 90_000);
});
