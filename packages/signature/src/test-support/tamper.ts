import fc from 'fast-check';

/**
 * Every way of changing one character of a token-like string to another printable ASCII
 * character (the 'byte' of a URL-safe token), as a fast-check arbitrary.
 */
export function oneCharacterChanged(original: string): fc.Arbitrary<string> {
  return fc
    .record({
      at: fc.nat({ max: original.length - 1 }),
      code: fc.integer({ min: 0x20, max: 0x7e }),
    })
    .filter(({ at, code }) => original.charCodeAt(at) !== code)
    .map(
      ({ at, code }) => original.slice(0, at) + String.fromCharCode(code) + original.slice(at + 1),
    );
}
