import { posix } from 'node:path';
import type { TarballRule } from './tarball.ts';

/** Static, dynamic and re-export imports, and files loaded by URL (a worker's script). */
const relativeImport =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\bexport\s*\*\s*from\s*|\bnew\s+URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Entry files and folders the manifest exposes (`./dist/cdn/*` exposes the folder). */
function entryPoints(tarball: Parameters<TarballRule>[0]): { files: string[]; prefixes: string[] } {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  collect(tarball.manifest.exports);
  collect(tarball.manifest.bin);
  collect(tarball.manifest.main);
  return {
    files: targets.filter((t) => !t.includes('*')),
    prefixes: targets.filter((t) => t.includes('*')).map((t) => t.slice(0, t.indexOf('*'))),
  };
}

/** Module scripts that a shipped HTML page loads by a relative URL (a single-page app's). */
const pageScript = /<script\b[^>]*\bsrc\s*=\s*["'](\.{1,2}\/[^"']+)["']/g;

function scriptsOfPages(tarball: Parameters<TarballRule>[0]): string[] {
  return tarball.files
    .filter((path) => path.endsWith('.html'))
    .flatMap((page) =>
      [...tarball.readText(page).matchAll(pageScript)].map((match) =>
        posix.normalize(posix.join(posix.dirname(page), match[1]!)),
      ),
    );
}

/** A module of types only compiles to nothing: importing it or not changes nothing. */
function isEmptyModule(code: string): boolean {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .replace(/export\s*\{\s*\};?/g, '')
      .trim() === ''
  );
}

/**
 * Every JavaScript module shipped is reachable from an entry point (what the manifest exposes,
 * and the scripts of the HTML pages shipped, such as the registry's console). A module nothing imports
 * is dead weight, most often a chunk left in dist/ by an earlier build (a build that does not
 * clean its output folder ships every chunk it ever wrote).
 */
export const noStaleModules: TarballRule = (tarball) => {
  const modules = tarball.files.filter((path) => /\.m?js$/.test(path));
  const { files, prefixes } = entryPoints(tarball);
  const reached = new Set<string>();
  const pages = scriptsOfPages(tarball);
  const queue = modules.filter(
    (m) => files.includes(m) || prefixes.some((p) => m.startsWith(p)) || pages.includes(m),
  );
  while (queue.length > 0) {
    const module = queue.pop()!;
    if (reached.has(module)) continue;
    reached.add(module);
    for (const match of tarball.readText(module).matchAll(relativeImport)) {
      const target = posix.normalize(posix.join(posix.dirname(module), match[1]!));
      if (!reached.has(target)) queue.push(target);
    }
  }
  return modules
    .filter((m) => !reached.has(m) && !isEmptyModule(tarball.readText(m)))
    .map((m) => `${m} is imported by no entry point: left over from an earlier build?`);
};
