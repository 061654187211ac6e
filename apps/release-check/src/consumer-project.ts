import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './clean-env.ts';
import type { WorkspacePackage } from './repository.ts';
import { runCommand } from './run-command.ts';

export interface ConsumerProject {
  dir: string;
  /** Runs npm, npx or node in the project, with the registry of its .npmrc. */
  run(
    command: string,
    args: string[],
    timeoutMs?: number,
    env?: Record<string, string>,
  ): ReturnType<typeof runCommand>;
}

/**
 * A fresh project outside the monorepo that depends on the published packages at the exact
 * versions just published, and installs everything from the local registry (ours from its
 * storage, third-party packages through its proxy), as a site's developer would from npm.
 */
export async function createConsumerProject(
  dir: string,
  registryUrl: string,
  packages: WorkspacePackage[],
  devDependencies: Record<string, string>,
): Promise<ConsumerProject> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.npmrc'), `registry=${registryUrl}\n`);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'plateformcoop-consumer',
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(
          packages.map((p) => [p.manifest.name, p.manifest.version]),
        ),
        devDependencies,
      },
      null,
      2,
    )}\n`,
  );
  const project: ConsumerProject = {
    dir,
    run: (command, args, timeoutMs = 120_000, env = {}) =>
      runCommand(command, args, { cwd: dir, env: cleanEnv(env), timeoutMs }),
  };
  // --prefer-online: package documents are asked of the local registry, never taken from a
  // cache that another registry filled.
  await project.run('npm', ['install', '--prefer-online', '--no-audit', '--no-fund'], 480_000);
  return project;
}
