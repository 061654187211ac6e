import { describe, expect, it } from 'vitest';
import { publishConfigLeavesChoices } from './publish-config.ts';
import { inMemoryTarball } from './tarball.ts';

describe('publishConfigLeavesChoices', () => {
  it('accepts public access alone', () => {
    expect(
      publishConfigLeavesChoices(inMemoryTarball({ publishConfig: { access: 'public' } }, {})),
    ).toEqual([]);
  });

  it('names a forced registry, forced provenance and a scoped package without public access', () => {
    const tarball = inMemoryTarball(
      { publishConfig: { registry: 'https://npm.example.org/', provenance: true } },
      {},
    );
    expect(publishConfigLeavesChoices(tarball)).toHaveLength(3);
  });
});
