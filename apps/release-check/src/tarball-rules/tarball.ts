import type { PackageManifest } from '../repository.ts';

/** What a rule sees of a packed package: its manifest and its files, as npm would ship them. */
export interface Tarball {
  manifest: PackageManifest;
  /** Paths inside the package, `/`-separated, without the tarball's `package/` prefix. */
  files: string[];
  /** The text of a shipped file. */
  readText(path: string): string;
}

/** A rule returns one sentence per violation, naming the file; none when the tarball is fine. */
export type TarballRule = (tarball: Tarball) => string[];

const textExtensions =
  /\.(?:[cm]?[jt]s|d\.[cm]?ts|map|json|md|txt|html?|css|ya?ml|csv|ndjson|eml|svg|xml|env)$/i;

/** Files a rule can read as text; binary assets (images, fonts) are only judged by name. */
export function isTextFile(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return textExtensions.test(path) || !name.includes('.') || name.startsWith('.env');
}

/** A tarball built in memory, for the rules' own tests. */
export function inMemoryTarball(
  manifest: Partial<PackageManifest>,
  files: Record<string, string>,
): Tarball {
  return {
    manifest: { name: '@plateformcoop/example', version: '1.0.0', license: 'MIT', ...manifest },
    files: Object.keys(files).sort(),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`${path} is not in the tarball`);
      return text;
    },
  };
}
