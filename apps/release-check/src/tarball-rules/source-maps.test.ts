import { describe, expect, it } from 'vitest';
import { sourceMapsStayInside } from './source-maps.ts';
import { inMemoryTarball } from './tarball.ts';

const map = (sources: string[], extra: object = {}) =>
  JSON.stringify({ version: 3, sources, mappings: '', ...extra });

describe('sourceMapsStayInside', () => {
  it('accepts sources inside the package that are embedded or shipped, and virtual URLs', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/index.js': 'x\n//# sourceMappingURL=index.js.map',
        'dist/index.js.map': map(['../src/index.ts', 'webpack://lit/lit.js'], {
          sourcesContent: ['x', null],
        }),
        'dist/cdn/a.js.map': map(['../index.js']),
      },
    );
    expect(sourceMapsStayInside(tarball)).toEqual([]);
  });

  it('names sources outside the package, absolute paths and sources nobody can show', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/cdn/a.js.map': map([
          '../../../../node_modules/lit/index.js',
          '/home/dev/src/a.ts',
          '../../src/b.ts',
        ]),
      },
    );
    expect(sourceMapsStayInside(tarball)).toEqual([
      expect.stringContaining('absolute source'),
      expect.stringContaining('outside the package'),
      expect.stringContaining('neither shipped nor embedded'),
    ]);
  });

  it('names a sourceMappingURL whose map is not shipped', () => {
    const tarball = inMemoryTarball(
      {},
      { 'dist/index.js': 'x\n//# sourceMappingURL=index.js.map\n' },
    );
    expect(sourceMapsStayInside(tarball)).toEqual([expect.stringContaining('not shipped')]);
  });
});
