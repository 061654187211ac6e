import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The subset of a package.json that the checks read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  files?: string[];
  customElements?: string;
  publishConfig?: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  /** Absolute folder, e.g. `/repo/packages/model`. */
  dir: string;
  manifest: PackageManifest;
}

/**
 * The public packages present in `packages/*` right now. Packages land one after the other, so
 * every check runs on those that exist and fails on any of them that breaks a rule.
 */
export function publicPackages(): WorkspacePackage[] {
  const packagesDir = join(repositoryRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest,
    }))
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** The public package of that name, when it has landed. */
export function publicPackage(name: string): WorkspacePackage {
  const found = publicPackages().find((pkg) => pkg.manifest.name === name);
  if (!found) throw new Error(`${name} is not a public package of the workspace`);
  return found;
}
