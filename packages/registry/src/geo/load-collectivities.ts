import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeCollectivities } from './compact-collectivities.js';
import { type IndexedCollectivity, officialCollectivities } from './official-collectivities.js';
import { loadOfficialList } from './official-list.js';

/** Written by the build next to the bundled code (`dist/`); absent when running the sources. */
const PREBUILT = new URL('./official-collectivities.json', import.meta.url);

/**
 * The official list: the compact copy the build made from the COG files, or the COG files
 * themselves when running the sources (tests, `tsx`).
 */
export function loadCollectivities(): IndexedCollectivity[] {
  const prebuilt = PREBUILT.protocol === 'file:' ? fileURLToPath(PREBUILT) : undefined;
  if (prebuilt && existsSync(prebuilt)) return decodeCollectivities(readFileSync(prebuilt, 'utf8'));
  return officialCollectivities(loadOfficialList());
}
