import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The scheme of sources that lie outside the package (its dependencies, the sibling packages). */
export const SOURCE_SCHEME = 'plateformcoop://';

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
}

/**
 * Makes every source map under `dir` self-contained, so a published map names no file of the
 * machine it was built on: each source's text is embedded (`sourcesContent`), sources inside
 * the package keep their relative path, and sources outside it (`../../node_modules/lit-html/…`,
 * `../../../model/src/…`) become virtual URLs from the repository's root
 * (`plateformcoop://node_modules/lit-html/…`), as bundlers name theirs (`webpack://…`).
 */
export async function makeSourceMapsSelfContained(
  dir: string,
  packageDir: string,
  repositoryDir: string,
): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.map')) continue;
    const mapPath = join(dir, entry);
    const map = JSON.parse(await readFile(mapPath, 'utf8')) as SourceMap;
    const root = map.sourceRoot ?? '';
    map.sources = map.sources.map((source, index) => {
      if (typeof map.sourcesContent?.[index] !== 'string')
        throw new Error(`${mapPath}: no embedded text for ${source}`);
      const file = resolve(dirname(mapPath), root, source);
      const fromPackage = relative(packageDir, file);
      if (!fromPackage.startsWith(`..${sep}`) && fromPackage !== '..') return source;
      return SOURCE_SCHEME + relative(repositoryDir, file).split(sep).join('/');
    });
    delete map.sourceRoot;
    await writeFile(mapPath, JSON.stringify(map));
  }
}
