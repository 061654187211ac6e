import { describe, expect, it } from 'vitest';
import { expectedFilesOnly } from './expected-files.ts';
import { inMemoryTarball } from './tarball.ts';

describe('expectedFilesOnly', () => {
  it('accepts the build, the documents and the extras the manifest declares', () => {
    const tarball = inMemoryTarball(
      { customElements: 'custom-elements.json', exports: { './cdn/*': './dist/cdn/*' } },
      {
        'package.json': '{}',
        'README.md': '',
        LICENSE: '',
        'CHANGELOG.md': '',
        'dist/index.js': '',
        'custom-elements.json': '{}',
      },
    );
    expect(expectedFilesOnly(tarball)).toEqual([]);
  });

  it('names sources, configs and anything else left in the tarball', () => {
    const tarball = inMemoryTarball(
      {},
      { 'package.json': '{}', 'src/index.ts': '', 'tsconfig.json': '{}', 'dist/index.js': '' },
    );
    expect(expectedFilesOnly(tarball)).toEqual([
      expect.stringContaining('src/index.ts'),
      expect.stringContaining('tsconfig.json'),
    ]);
  });
});
