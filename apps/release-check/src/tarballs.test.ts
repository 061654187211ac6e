import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packPackage } from './pack.ts';
import { publicPackages } from './repository.ts';
import { inspectTarball } from './tarball-rules/index.ts';

const packed = mkdtempSync(join(tmpdir(), 'plateformcoop-tarballs-'));
afterAll(() => rmSync(packed, { recursive: true, force: true }));

describe('every public package’s npm tarball', () => {
  it('covers at least the model, the first package to land', () => {
    expect(publicPackages().map((pkg) => pkg.manifest.name)).toContain('@plateformcoop/model');
  });

  for (const pkg of publicPackages()) {
    it(`${pkg.manifest.name} ships its build, its documents and nothing else`, async () => {
      const tarball = await packPackage(pkg, join(packed, pkg.manifest.name.replace('/', '-')));
      expect(tarball.files).toContain('package.json');
      expect(tarball.files.some((path) => path.startsWith('dist/'))).toBe(true);
      expect(inspectTarball(tarball)).toEqual([]);
    }, 120_000);
  }
});
