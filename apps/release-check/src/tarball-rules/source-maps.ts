import { posix } from 'node:path';
import type { TarballRule } from './tarball.ts';

interface SourceMap {
  sourceRoot?: string;
  sources?: (string | null)[];
  sourcesContent?: (string | null)[];
}

const urlWithScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Every source a map names stays inside the package (a path like `../../../node_modules/..` or
 * `/home/someone/...` leaks the build machine and breaks in a debugger) and can be shown:
 * shipped in the tarball or embedded in `sourcesContent`. Every `sourceMappingURL` comment
 * points at a map that is shipped.
 */
export const sourceMapsStayInside: TarballRule = ({ files, readText }) => {
  const shipped = new Set(files);
  const violations: string[] = [];
  for (const mapPath of files.filter((path) => path.endsWith('.map'))) {
    let map: SourceMap;
    try {
      map = JSON.parse(readText(mapPath)) as SourceMap;
    } catch {
      violations.push(`${mapPath} is not valid JSON`);
      continue;
    }
    const root = map.sourceRoot ?? '';
    const absolute: string[] = [];
    const outside: string[] = [];
    const unshown: string[] = [];
    (map.sources ?? []).forEach((source, index) => {
      if (source === null) return;
      const full = root ? `${root.replace(/\/?$/, '/')}${source}` : source;
      if (full.startsWith('file:') || full.startsWith('/') || /^[A-Za-z]:[\\/]/.test(full)) {
        absolute.push(full);
        return;
      }
      // A virtual URL (webpack://, a CDN URL) names no file of the machine it was built on.
      if (urlWithScheme.test(full)) return;
      const resolved = posix.normalize(posix.join(posix.dirname(mapPath), full));
      if (resolved.startsWith('../')) outside.push(full);
      else if (!shipped.has(resolved) && typeof map.sourcesContent?.[index] !== 'string')
        unshown.push(full);
    });
    // One line per map and kind of fault: a bundle can name hundreds of sources.
    const report = (found: string[], what: string) => {
      if (found.length > 0)
        violations.push(
          `${mapPath} names ${found.length} ${what}, e.g. ${found[0]}${found.length > 1 ? ` and ${found[1]}` : ''}`,
        );
    };
    report(absolute, 'absolute source(s)');
    report(outside, 'source(s) outside the package');
    report(unshown, 'source(s) neither shipped nor embedded');
  }
  for (const path of files.filter((file) => /\.[cm]?js$/.test(file))) {
    const reference = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readText(path))?.[1];
    if (!reference || reference.startsWith('data:')) continue;
    const mapPath = posix.normalize(posix.join(posix.dirname(path), reference));
    if (!shipped.has(mapPath))
      violations.push(`${path} points at ${reference}, which is not shipped`);
  }
  return violations;
};
