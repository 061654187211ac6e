import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readChangesets from '@changesets/read';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { publicPackages, repositoryRoot } from './repository.ts';
import { runCommand } from './run-command.ts';

const rehearsal = mkdtempSync(join(tmpdir(), 'plateformcoop-version-'));
afterAll(() => rmSync(rehearsal, { recursive: true, force: true }));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Every workspace manifest under `root`, by folder. */
function workspaceManifests(root: string): Map<string, Manifest> {
  const manifests = new Map<string, Manifest>();
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const name of readdirSync(join(root, group))) {
      const file = join(root, group, name, 'package.json');
      if (existsSync(file))
        manifests.set(`${group}/${name}`, JSON.parse(readFileSync(file, 'utf8')));
    }
  }
  return manifests;
}

describe('the pending changesets', () => {
  it('all parse, and name only public packages that exist', async () => {
    const names = new Set(publicPackages().map((pkg) => pkg.manifest.name));
    const changesets = await readChangesets(repositoryRoot);
    for (const changeset of changesets)
      for (const release of changeset.releases)
        expect(names, `.changeset/${changeset.id}.md`).toContain(release.name);
  });

  it('`changeset version` moves versions, writes changelogs and keeps every internal range satisfied', async () => {
    // A copy of the manifests and changesets: the rehearsal must not touch the working tree.
    cpSync(join(repositoryRoot, 'package.json'), join(rehearsal, 'package.json'));
    cpSync(join(repositoryRoot, '.changeset'), join(rehearsal, '.changeset'), { recursive: true });
    for (const folder of workspaceManifests(repositoryRoot).keys()) {
      mkdirSync(join(rehearsal, folder), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md'])
        if (existsSync(join(repositoryRoot, folder, file)))
          cpSync(join(repositoryRoot, folder, file), join(rehearsal, folder, file));
    }
    symlinkSync(join(repositoryRoot, 'node_modules'), join(rehearsal, 'node_modules'));
    const pending = await readChangesets(repositoryRoot);
    await runCommand(
      process.execPath,
      [join(repositoryRoot, 'node_modules/@changesets/cli/bin.js'), 'version'],
      {
        cwd: rehearsal,
        timeoutMs: 60_000,
      },
    );

    const after = workspaceManifests(rehearsal);
    const versions = new Map([...after.values()].map((m) => [m.name, m.version]));
    for (const changeset of pending)
      for (const release of changeset.releases) {
        const folder = [...after.entries()].find(([, m]) => m.name === release.name)?.[0];
        expect(readFileSync(join(rehearsal, `${folder}/CHANGELOG.md`), 'utf8')).toContain(
          changeset.summary.split('\n')[0],
        );
      }
    for (const [folder, manifest] of after)
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const)
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
          const version = versions.get(name);
          if (version === undefined) continue;
          expect(
            semver.satisfies(version, range),
            `${folder} ${field} ${name}@${range} vs ${version}`,
          ).toBe(true);
        }
    expect(
      readdirSync(join(rehearsal, '.changeset')).filter(
        (f) => f.endsWith('.md') && f !== 'README.md',
      ),
    ).toEqual([]);
  }, 90_000);
});
