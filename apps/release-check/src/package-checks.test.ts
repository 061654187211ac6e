import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { publicPackages, repositoryRoot } from './repository.ts';
import { runCommand } from './run-command.ts';

// The CLI exports no module; its bin sits next to its package.json.
const attw = join(
  dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')),
  'dist/index.js',
);

/** publint and Are the Types Wrong on every public package, as a consumer's tools see it. */
describe('entry points and types of every public package', () => {
  for (const pkg of publicPackages()) {
    it(`${pkg.manifest.name}: publint finds nothing, not even a suggestion`, async () => {
      const { messages, pkg: manifest } = await publint({
        pkgDir: pkg.dir,
        strict: true,
        pack: 'npm',
      });
      expect(messages.map((message) => formatMessage(message, manifest))).toEqual([]);
    }, 60_000);

    // ESM only: we ship no CommonJS, and say so in `type` and `exports`.
    it(`${pkg.manifest.name}: types resolve for Node and bundlers (attw, esm-only)`, async () => {
      await runCommand(
        process.execPath,
        [attw, '--pack', pkg.dir, '--profile', 'esm-only', '--format', 'ascii'],
        {
          cwd: repositoryRoot,
          timeoutMs: 120_000,
        },
      );
    }, 120_000);
  }
});
