import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@plateformcoop/registry';
import { describe, expect, it } from 'vitest';
import {
  DEPLOY_DIR,
  deployFile,
  parseEnvironmentFile,
  readDeployFile,
  substitute,
} from './deploy-files.js';
import { registryBin } from './registry/registry-service.js';

// The systemd units and the environment file of deploy/, checked by systemd's own tools and, for
// the backup unit, run: its command lines (paths substituted) back up a real database.

const UNITS = readdirSync(join(DEPLOY_DIR, 'systemd'));
const INSTALLED_CLI =
  '/usr/bin/node /opt/plateformcoop/node_modules/@plateformcoop/registry/bin/plateformcoop-registry.js';

/** The values of `key=` in a unit file, in order. */
const directives = (unit: string, key: string) =>
  unit
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));

describe('the systemd units', () => {
  it('are units systemd reads without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-units-'));
    for (const unit of UNITS) copyFileSync(deployFile(`systemd/${unit}`), join(dir, unit));
    for (const unit of UNITS) {
      const verify = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, unit)], {
        encoding: 'utf8',
      });
      expect({ unit, status: verify.status, warnings: verify.stderr.trim() }).toEqual({
        unit,
        status: 0,
        warnings: '',
      });
    }
  });

  it('run the registry as its own user, files private, the machine out of reach', () => {
    const unit = readDeployFile('systemd/plateformcoop-registry.service');
    expect(directives(unit, 'User')).toEqual(['plateformcoop']);
    expect(directives(unit, 'UMask')).toEqual(['0077']);
    expect(directives(unit, 'ReadWritePaths')).toEqual(['/var/lib/plateformcoop']);
    for (const option of ['NoNewPrivileges', 'PrivateTmp', 'ProtectHome', 'PrivateDevices'])
      expect({ option, value: directives(unit, option) }).toEqual({ option, value: ['yes'] });
    expect(directives(unit, 'ProtectSystem')).toEqual(['strict']);
    // systemd's own review of the sandbox: 0 is locked down, 10 is fully exposed.
    const review = execFileSync(
      'systemd-analyze',
      [
        'security',
        '--offline=true',
        '--no-pager',
        deployFile('systemd/plateformcoop-registry.service'),
      ],
      { encoding: 'utf8' },
    );
    const exposure = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(review)?.[1]);
    expect(exposure).toBeLessThanOrEqual(2);
  });

  it('back up the database with the shipped command lines, and keep 14 days', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-backup-unit-'));
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    const env = { ...process.env, DATA_DIR: join(dir, 'data') };
    execFileSync(process.execPath, [registryBin(), 'migrate'], { env, stdio: 'pipe' });

    const unit = substitute(
      readDeployFile('systemd/plateformcoop-registry-backup.service'),
      {
        [INSTALLED_CLI]: `${process.execPath} ${registryBin()}`,
        '/var/lib/plateformcoop-backups': backups,
      },
      'deploy/systemd/plateformcoop-registry-backup.service',
    );
    // systemd's `%%` is a literal `%`; the command is a shell's (`/bin/sh -c '…'`).
    const [start] = directives(unit, 'ExecStart').map((line) => line.replaceAll('%%', '%'));
    const old = join(backups, 'registry-20200101T000000Z.sqlite');
    writeFileSync(old, '');
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    utimesSync(old, twentyDaysAgo, twentyDaysAgo);
    execFileSync('/bin/sh', ['-c', start!], { env, stdio: 'pipe' });
    // ExecStartPost: no shell, systemd splits it on spaces.
    for (const line of directives(unit, 'ExecStartPost')) {
      const [command, ...args] = line.split(' ');
      execFileSync(command!, args, { env, stdio: 'pipe' });
    }
    const files = readdirSync(backups);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^registry-\d{8}T\d{6}Z\.sqlite$/);
    expect(statSync(join(backups, files[0]!)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(backups, files[0]!)).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
  }, 60_000);
});

describe('the environment file', () => {
  const example = parseEnvironmentFile(readDeployFile('registry.env.example'));

  it('sets only variables the registry documents', () => {
    const readme = readFileSync(
      new URL('../../../packages/registry/README.md', import.meta.url),
      'utf8',
    );
    for (const name of Object.keys(example))
      expect({ name, documented: readme.includes(`| \`${name}\` |`) }).toEqual({
        name,
        documented: true,
      });
  });

  it('is a configuration the registry accepts: behind a proxy, on loopback, public over HTTPS', () => {
    const config = loadConfig(example, '/var/lib/plateformcoop');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      trustProxy: true,
      publicUrl: 'https://signer.example.org',
      dataDir: '/var/lib/plateformcoop',
      mailFrom: 'PlateformCoop <no-reply@signer.example.org>',
    });
  });
});
