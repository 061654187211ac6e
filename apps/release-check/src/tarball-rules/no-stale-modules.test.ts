import { describe, expect, it } from 'vitest';
import { noStaleModules } from './no-stale-modules.ts';
import { inMemoryTarball } from './tarball.ts';

describe('noStaleModules', () => {
  it('follows static, dynamic and re-export imports and workers from every entry point', () => {
    const tarball = inMemoryTarball(
      {
        exports: {
          '.': { types: './dist/index.d.ts', default: './dist/index.js' },
          './cdn/*': './dist/cdn/*',
        },
      },
      {
        'dist/index.js':
          "export * from './a.js';\nimport('./lazy/b.js');\nnew Worker(new URL('./worker.js', import.meta.url));",
        'dist/worker.js': 'postMessage(1);',
        'dist/a.js': "import { x } from './chunk-1.js';",
        'dist/chunk-1.js': '',
        'dist/lazy/b.js': "import '../chunk-2.js';",
        'dist/chunk-2.js': '',
        'dist/cdn/all.js': '',
      },
    );
    expect(noStaleModules(tarball)).toEqual([]);
  });

  it('names a chunk that nothing imports, not an empty module of types', () => {
    const tarball = inMemoryTarball(
      { exports: { '.': './dist/index.js' } },
      {
        'dist/index.js': "import './chunk-NEW.js';",
        'dist/chunk-NEW.js': 'export const a = 1;',
        'dist/chunk-OLD.js': 'export const a = 0;',
        'dist/types.js': '//# sourceMappingURL=types.js.map',
      },
    );
    expect(noStaleModules(tarball)).toEqual([expect.stringContaining('dist/chunk-OLD.js')]);
  });

  it('counts the module scripts of a shipped HTML page as entry points', () => {
    const tarball = inMemoryTarball(
      { exports: { '.': './dist/index.js' } },
      {
        'dist/index.js': '',
        'dist/console/index.html':
          '<script type="module" src="./console-1a2b.js"></script><p>src="./not-a-script.js"</p>',
        'dist/console/console-1a2b.js': "import './chunk.js';",
        'dist/console/chunk.js': 'export const a = 1;',
        'dist/console/console-0000.js': 'export const a = 0;',
      },
    );
    expect(noStaleModules(tarball)).toEqual([
      expect.stringContaining('dist/console/console-0000.js'),
    ]);
  });
});
