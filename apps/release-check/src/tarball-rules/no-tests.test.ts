import { describe, expect, it } from 'vitest';
import { noTests } from './no-tests.ts';
import { inMemoryTarball } from './tarball.ts';

describe('noTests', () => {
  it('names tests, browser tests, stories, snapshots and test support', () => {
    const files = [
      'dist/index.test.js',
      'dist/form/form.browser.test.js',
      'dist/counter.stories.js',
      'dist/__snapshots__/a.snap',
      'dist/test-support/examples.js',
    ];
    const tarball = inMemoryTarball({}, Object.fromEntries(files.map((f) => [f, ''])));
    expect(noTests(tarball)).toHaveLength(files.length);
  });

  it('accepts modules whose names merely contain the word', () => {
    const tarball = inMemoryTarball(
      {},
      { 'dist/attestation/test-vectors-free.js': '', 'dist/latest.js': '' },
    );
    expect(noTests(tarball)).toEqual([]);
  });
});
