import type { PackageManifest } from '../repository.ts';
import type { TarballRule } from './tarball.ts';

/** Files every package may ship at its root. */
const rootFiles = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);

/**
 * Files outside `dist/` that the manifest itself points at (the custom-elements manifest, a
 * bin, an export): a package declares its extras there, where publint also checks them.
 */
export function declaredExtras(manifest: PackageManifest): Set<string> {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  collect(manifest.exports);
  collect(manifest.bin);
  for (const field of [manifest.main, manifest.types, manifest.customElements]) collect(field);
  return new Set(
    targets.filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, '')),
  );
}

/** Only the build output, the documents a reader needs and the declared extras are shipped. */
export const expectedFilesOnly: TarballRule = ({ manifest, files }) => {
  const extras = declaredExtras(manifest);
  return files
    .filter((path) => !path.startsWith('dist/') && !rootFiles.has(path) && !extras.has(path))
    .map(
      (path) =>
        `${path} is shipped but is neither build output (dist/), README, LICENSE, CHANGELOG nor a file the manifest declares`,
    );
};
