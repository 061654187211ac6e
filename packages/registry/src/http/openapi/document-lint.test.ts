import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestRegistry, type TestRegistry } from '../../test/test-registry.js';

const run = promisify(execFile);
const packageFolder = fileURLToPath(new URL('../../../', import.meta.url));
// The CLI's own entry point, run with this Node (the package's `bin`, resolved, not a download).
const redocly = join(
  dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin',
  'cli.js',
);

// The document the registry serves at /openapi.json, linted by Redocly's CLI with the rules of
// `redocly.yaml` (Redocly's recommended set, one exception with its reason).
describe('the API description, linted by @redocly/cli', () => {
  const [sqlite] = testDatabases();
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry(sqlite!);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has no error and no warning', async () => {
    const response = await t.request('/openapi.json');
    expect(response.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'pc-openapi-')), 'openapi.json');
    writeFileSync(file, await response.text());
    const { stdout } = await run(
      process.execPath,
      [redocly, 'lint', file, '--config', join(packageFolder, 'redocly.yaml'), '--format=json'],
      {
        cwd: packageFolder,
        // No telemetry and no update check: the machine reaches no network but npm's.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: 120_000,
      },
    ).catch((error: { stdout?: string; message: string }) => {
      // The CLI exits 1 when it finds errors; its report is still on stdout.
      if (error.stdout) return { stdout: error.stdout };
      throw error;
    });
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map(
      (p) => `${p.ruleId}: ${p.message} (${p.location.map((l) => l.pointer).join(', ')})`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  }, 120_000);
});
