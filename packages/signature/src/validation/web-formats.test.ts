import { Email, HttpsUrl, Phone, PlatformSoftware, TEXT_LIMITS } from '@plateformcoop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmail, isHttpsUrl, isPhone, isSpdxLicense } from './web-formats.js';

/** Strings built from the pieces each format is made of, so that both outcomes are frequent. */
const pieces = (alphabet: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));

const cases = [
  {
    name: 'Email',
    predicate: isEmail,
    schema: Email,
    examples: [
      'prenom.nom@exemple.fr',
      'a@b.co',
      'x..y@exemple.fr',
      '.x@exemple.fr',
      'x@exemple',
      'x@-exemple.fr',
      "o'brien+tag@mairie-lille.fr",
      `${'a'.repeat(TEXT_LIMITS.email)}@exemple.fr`,
      'É@exemple.fr',
    ],
    arbitrary: pieces(['a', 'Z', '9', '.', '@', '-', '_', "'", '+', 'fr', 'é', ' '], 14),
  },
  {
    name: 'HttpsUrl',
    predicate: isHttpsUrl,
    schema: HttpsUrl,
    examples: [
      'https://www.mobicoop.fr/',
      'https://exemple.fr/a?b=c#d',
      'http://exemple.fr/',
      'https://localhost/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://exemple.fr:8443/x',
      ' https://exemple.fr ',
      'https://exem\tple.fr',
      'https://xn--mairie-tsa.fr/',
      'https://mairie-é.fr/',
      'javascript:alert(1)',
      'https:exemple.fr',
      `https://exemple.fr/${'a'.repeat(TEXT_LIMITS.url)}`,
    ],
    arbitrary: pieces(
      ['https://', 'http://', 'exemple', '.', 'fr', '/', '-', ':', '443', '\t', ' ', 'é', '@', 'x'],
      10,
    ),
  },
  {
    name: 'Phone',
    predicate: isPhone,
    schema: Phone,
    examples: ['03 20 00 00 00', '+33 3 20 00 00 00', '(0)3.20-00', '12345', 'abc123456'],
    arbitrary: pieces(['+', '0', '3', ' ', '(', ')', '.', '-', 'a', '\n'], 40),
  },
  {
    name: 'PlatformSoftware.license',
    predicate: isSpdxLicense,
    schema: PlatformSoftware.shape.license,
    examples: ['AGPL-3.0-or-later', 'MIT OR Apache-2.0', 'GPL-2.0 WITH x', 'not a licence!', ''],
    arbitrary: pieces(['MIT', 'GPL-3.0', '+', ' ', 'OR', 'AND', 'WITH', '!', 'or'], 8),
  },
];

describe('web formats agree with the model’s schemas', () => {
  for (const { name, predicate, schema, examples, arbitrary } of cases) {
    it(name, () => {
      for (const example of examples)
        expect(predicate(example), example).toBe(schema.safeParse(example).success);
      fc.assert(
        fc.property(fc.oneof(arbitrary, fc.string({ maxLength: 30 })), (value) => {
          expect(predicate(value)).toBe(schema.safeParse(value).success);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
