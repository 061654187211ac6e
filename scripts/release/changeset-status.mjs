#!/usr/bin/env node
// `npm run changeset:status`: fails when a public package changed without a changeset.
// Stricter than `changeset status`, which is content with one changeset for any change: here
// every changed public package must be named by a changeset added since the base, or be
// released in this change (its version moved: the "Version packages" commit), or the change
// must carry an empty changeset (`npx changeset --empty`: "no release needed").
// What counts as a change is `changedFilePatterns` in .changeset/config.json (sources, build
// scripts, package.json, README; not tests, stories or benchmarks).
// The base: --since <ref>; else in a pull request its target branch (GITHUB_BASE_REF); else the
// latest release tag (`@plateformcoop/<name>@<version>`) reachable from HEAD; else main's
// merge base.
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { read as readConfig } from '@changesets/config';
import { getChangedPackagesSinceRef } from '@changesets/git';
import readChangesets from '@changesets/read';
import { getPackages } from '@manypkg/get-packages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { since: { type: 'string' } } });

function git(args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function baseRef() {
  if (values.since) return { ref: values.since, why: '--since' };
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by GitHub Actions; no turbo task reads it
  const pullRequestTarget = process.env.GITHUB_BASE_REF;
  if (pullRequestTarget)
    return { ref: `origin/${pullRequestTarget}`, why: 'the pull request’s target' };
  const tag = git(['describe', '--tags', '--abbrev=0', '--match', '@plateformcoop/*@*', 'HEAD']);
  if (tag) return { ref: tag, why: 'the latest release tag' };
  const main = git(['rev-parse', '--verify', '--quiet', 'origin/main']) ? 'origin/main' : 'main';
  return { ref: git(['merge-base', 'HEAD', main]) ?? main, why: `the merge base with ${main}` };
}

const { ref, why } = baseRef();
const packages = await getPackages(root);
const config = await readConfig(root, packages);
const publicNames = new Set(
  packages.packages.filter((p) => !p.packageJson.private).map((p) => p.packageJson.name),
);
const changed = (
  await getChangedPackagesSinceRef({
    cwd: root,
    ref,
    changedFilePatterns: config.changedFilePatterns,
  })
).filter((p) => publicNames.has(p.packageJson.name));
const changesets = await readChangesets(root, ref);
const named = new Set(changesets.flatMap((c) => c.releases.map((r) => r.name)));
const emptyChangeset = changesets.some((c) => c.releases.length === 0);

/** The version a package had at the base, if it existed there. */
function versionAt(pkg) {
  const file = `${relative(root, pkg.dir)}/package.json`;
  const text = git(['show', `${ref}:${file}`]);
  return text ? JSON.parse(text).version : undefined;
}

/** Its version moved since the base: this change releases it (a new package does not count). */
function isReleasedHere(pkg) {
  const before = versionAt(pkg);
  return before !== undefined && before !== pkg.packageJson.version;
}

const uncovered = changed.filter(
  (pkg) => !named.has(pkg.packageJson.name) && !emptyChangeset && !isReleasedHere(pkg),
);

console.log(`changeset status since ${ref} (${why}):`);
for (const pkg of changed)
  console.log(
    `  ${uncovered.includes(pkg) ? '✗' : '✓'} ${pkg.packageJson.name} changed${
      named.has(pkg.packageJson.name) ? ', has a changeset' : ''
    }`,
  );
if (changed.length === 0) console.log('  no public package changed');
if (uncovered.length > 0) {
  console.error(
    `\n${uncovered.map((p) => p.packageJson.name).join(', ')} changed without a changeset.\n` +
      'Run `npx changeset`, pick the package(s) and say in a sentence what users get; if ' +
      'nothing users see changed, run `npx changeset --empty`.',
  );
  process.exit(1);
}
