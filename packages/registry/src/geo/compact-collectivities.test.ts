import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCollectivities, encodeCollectivities } from './compact-collectivities.js';
import { officialCollectivities } from './official-collectivities.js';
import { loadOfficialList } from './official-list.js';

const fromCog = officialCollectivities(loadOfficialList());
const shipped = new URL('../../dist/official-collectivities.json', import.meta.url);

describe('the compact official list', () => {
  it('gives back every collectivity of the COG files, field for field and in key order', () => {
    const decoded = decodeCollectivities(encodeCollectivities(fromCog));
    expect(decoded).toHaveLength(fromCog.length);
    expect(decoded).toEqual(fromCog);
    for (const [i, entry] of decoded.entries())
      expect(Object.keys(entry.collectivity)).toEqual(Object.keys(fromCog[i]!.collectivity));
  });

  it('is what the build ships, from the installed COG files, and far smaller than them', () => {
    expect(existsSync(shipped), 'dist/official-collectivities.json: run `npm run build`').toBe(
      true,
    );
    const text = readFileSync(shipped, 'utf8');
    expect(text).toBe(encodeCollectivities(fromCog));
    expect(text.length).toBeLessThan(13_000_000 / 4);
  });
});
