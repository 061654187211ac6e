// Build step: the compact official list shipped in dist/ (see src/geo/compact-collectivities.ts),
// made from the COG files of the installed @etalab/decoupage-administratif.
import { writeFileSync } from 'node:fs';
import { encodeCollectivities } from '../src/geo/compact-collectivities.js';
import { officialCollectivities } from '../src/geo/official-collectivities.js';
import { loadOfficialList } from '../src/geo/official-list.js';

const target = new URL('../dist/official-collectivities.json', import.meta.url);
const list = officialCollectivities(loadOfficialList());
writeFileSync(target, encodeCollectivities(list));
console.log(`official list: ${list.length} collectivities in dist/official-collectivities.json`);
