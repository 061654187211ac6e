import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkspacePackage } from './repository.ts';
import { runCommand } from './run-command.ts';
import type { Tarball } from './tarball-rules/index.ts';

interface NpmPackReport {
  filename: string;
  files: { path: string }[];
}

/**
 * Packs a package exactly as `npm publish` would (same `files`, same ignore rules), then
 * unpacks the tarball so that rules read what a consumer receives, not the working tree.
 */
export async function packPackage(pkg: WorkspacePackage, destination?: string): Promise<Tarball> {
  if (!existsSync(join(pkg.dir, 'dist')))
    throw new Error(`${pkg.manifest.name} has no dist/: build it first (npm run build)`);
  const dir = destination ?? mkdtempSync(join(tmpdir(), 'plateformcoop-pack-'));
  mkdirSync(join(dir, 'unpacked'), { recursive: true });
  const { stdout } = await runCommand('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: pkg.dir,
    timeoutMs: 120_000,
  });
  // Lifecycle scripts may print before the JSON report; the report is the last thing printed.
  const [report] = JSON.parse(stdout.slice(stdout.indexOf('[\n'))) as NpmPackReport[];
  if (!report) throw new Error(`npm pack printed no report for ${pkg.manifest.name}`);
  const unpacked = join(dir, 'unpacked');
  await runCommand('tar', ['-xzf', join(dir, report.filename), '-C', unpacked], {
    cwd: dir,
    timeoutMs: 60_000,
  });
  const root = join(unpacked, 'package');
  return {
    manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    files: report.files.map((file) => file.path).sort(),
    readText: (path) => readFileSync(join(root, path), 'utf8'),
  };
}
