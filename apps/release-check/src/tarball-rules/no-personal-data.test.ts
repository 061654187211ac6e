import { describe, expect, it } from 'vitest';
import { noPersonalData } from './no-personal-data.ts';
import { inMemoryTarball } from './tarball.ts';

describe('noPersonalData', () => {
  it('names fixtures, databases, exports and mails', () => {
    const files = [
      'dist/fixtures/signatures.json',
      'data/registry.sqlite',
      'dist/export.csv',
      'outbox/1.eml',
    ];
    const tarball = inMemoryTarball({}, Object.fromEntries(files.map((f) => [f, ''])));
    expect(noPersonalData(tarball)).toHaveLength(files.length);
  });

  it('names an address on a real domain, even inside a source map', () => {
    const tarball = inMemoryTarball(
      {},
      { 'dist/index.js.map': '{"sourcesContent":["const who = \\"marie.curie@orange.fr\\";"]}' },
    );
    expect(noPersonalData(tarball)).toEqual([expect.stringContaining('marie.curie@orange.fr')]);
  });

  it('accepts reserved example domains and the documented addresses', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/index.js':
          'a@example.org b@mairie.example.com no-reply@plateformcoop.localhost c@x.test Jean.Dupont+manifeste@GoogleMail.com',
      },
    );
    expect(noPersonalData(tarball)).toEqual([]);
  });

  it('names a phone number in a data file, not a message that shows the format in code', () => {
    const tarball = inMemoryTarball(
      {},
      {
        'dist/schemas/Signature.json': '{"phone":"06 12 34 56 78"}',
        'dist/messages/fr.js': 'Exemples : 03 20 00 00 00 ou +33 3 20 00 00 00.',
      },
    );
    expect(noPersonalData(tarball)).toEqual([
      expect.stringContaining('dist/schemas/Signature.json'),
    ]);
  });
});
