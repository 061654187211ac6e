import { describe, expect, it } from 'vitest';
import { licenceShipped } from './licence.ts';
import { inMemoryTarball } from './tarball.ts';

describe('licenceShipped', () => {
  it('accepts the licence text that package.json names', () => {
    expect(
      licenceShipped(inMemoryTarball({ license: 'MIT' }, { LICENSE: 'MIT License\n\nCopyright' })),
    ).toEqual([]);
    expect(
      licenceShipped(
        inMemoryTarball(
          { license: 'AGPL-3.0-or-later' },
          {
            LICENSE:
              '                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007',
          },
        ),
      ),
    ).toEqual([]);
  });

  it('names a missing licence file and a text that is another licence', () => {
    expect(licenceShipped(inMemoryTarball({}, { 'README.md': '' }))).toEqual([
      expect.stringContaining('no LICENSE'),
    ]);
    expect(
      licenceShipped(inMemoryTarball({ license: 'AGPL-3.0-or-later' }, { LICENSE: 'MIT License' })),
    ).toEqual([expect.stringContaining('not the text of AGPL-3.0-or-later')]);
  });
});
