#!/usr/bin/env node
// `npm run release`: build, test, version and publish every public package, in that order, each
// step stopping the release when it fails. CI runs the same steps through changesets/action
// (.github/workflows/release.yml); the round-trip test runs the publish step against a local
// registry. Usage:
//   npm run release                                  every step, to the npm registry
//   npm run release -- version                       only `changeset version` (+ lock file)
//   npm run release -- build publish                 build, then `changeset publish`
//   npm run release -- publish --registry <url> --no-git-tag
// Options: --registry <url> publishes there (authenticate with the npmrc of NPM_CONFIG_USERCONFIG);
// --tag <dist-tag> publishes under that tag (pre-release mode picks `next` by itself);
// --no-git-tag creates no git tags (a rehearsal on a local registry).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const allSteps = ['build', 'test', 'version', 'publish'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    registry: { type: 'string' },
    tag: { type: 'string' },
    'no-git-tag': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    `npm run release -- [${allSteps.join('|')}...] [--registry <url>] [--tag <dist-tag>] [--no-git-tag]`,
  );
  process.exit(0);
}
const unknown = positionals.filter((step) => !allSteps.includes(step));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.join(', ')}: the steps are ${allSteps.join(', ')}.`);
  process.exit(2);
}
const steps = positionals.length > 0 ? allSteps.filter((s) => positionals.includes(s)) : allSteps;
if (values.registry !== undefined && !/^https?:\/\/[^/]+/.test(values.registry)) {
  console.error(`--registry wants an http(s) URL, got ${values.registry}`);
  process.exit(2);
}

function gitOutput(args) {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
}

// A full release commits what `changeset version` wrote: start from a clean tree, so that the
// commit holds that and nothing else.
if (
  steps.includes('version') &&
  steps.includes('publish') &&
  gitOutput(['status', '--porcelain'])
) {
  console.error('release: commit or stash your changes first (git status is not clean).');
  process.exit(1);
}

/** Runs a command in the repository root, showing its output; stops the release on failure. */
function run(command, args, env = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`release: \`${command} ${args.join(' ')}\` failed, nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
}

const stepsRun = {
  build() {
    run('npx', ['turbo', 'run', 'build', '--filter=./packages/*']);
  },
  test() {
    run('npm', ['test']);
  },
  version() {
    // Bumps versions, writes each CHANGELOG.md, rewrites internal ranges, deletes the changesets.
    run('npx', ['changeset', 'version']);
    // The lock file records every workspace's version: keep it in step without installing.
    run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
    // When this run also publishes, commit first, so that the release tags name the commit
    // that carries the versions (changesets/action commits on its own).
    if (steps.includes('publish') && gitOutput(['status', '--porcelain']) !== '') {
      run('git', ['add', '--all', 'packages', 'apps', '.changeset', 'package-lock.json']);
      run('git', ['commit', '--message', 'Version packages']);
    }
  },
  publish() {
    const args = ['changeset', 'publish'];
    if (values.tag) args.push('--tag', values.tag);
    if (values['no-git-tag']) args.push('--no-git-tag');
    // changeset publish reads the registry from npm_config_registry and passes it to npm.
    run('npx', args, values.registry ? { npm_config_registry: values.registry } : {});
    if (!values['no-git-tag'] && !process.env.CI)
      console.log('\nrelease: push the new tags with `git push --follow-tags`.');
  },
};

for (const step of steps) {
  console.log(`\nrelease: ${step}`);
  stepsRun[step]();
}
console.log(`\nrelease: done (${steps.join(', ')}).`);
