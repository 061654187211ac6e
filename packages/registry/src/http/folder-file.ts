import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** A file served from a folder: its bytes, its content type and its path on disk. */
export interface FolderFile {
  body: Buffer<ArrayBuffer>;
  type: string;
  path: string;
}

/**
 * The file of `root` that a request path names (`encodedPath`, still percent-encoded, relative
 * to where the folder is served), when it is a file of one of `types` (by extension) inside the
 * folder. `undefined` for anything else: a path leaving the folder, a NUL byte, a malformed
 * percent-encoding, a folder, a missing file, a type not served.
 */
export async function readFolderFile(
  root: string,
  encodedPath: string,
  types: Readonly<Record<string, string>>,
): Promise<FolderFile | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(encodedPath);
  } catch {
    return undefined;
  }
  const inside = root.endsWith(sep) ? root : root + sep;
  const path = normalize(join(inside, relative));
  if (!path.startsWith(inside) || relative.includes('\0')) return undefined;
  const type = types[extname(path)];
  const info = await stat(path).catch(() => undefined);
  if (!type || !info?.isFile()) return undefined;
  return { body: await readFile(path), type, path };
}
