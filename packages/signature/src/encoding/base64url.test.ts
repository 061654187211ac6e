import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of vectors) {
      expect(encodeBase64Url(new TextEncoder().encode(text))).toBe(encoded);
      expect(new TextDecoder().decode(decodeBase64Url(encoded))).toBe(text);
    }
  });

  it('uses the URL-safe alphabet', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, foreign characters and non-canonical trailing bits', () => {
    expect(decodeBase64Url('Zg==')).toBeUndefined();
    expect(decodeBase64Url('Zm9v+')).toBeUndefined();
    expect(decodeBase64Url('Zh')).toBeUndefined(); // same byte as 'Zg' with a spare bit set
    expect(decodeBase64Url('Z')).toBeUndefined();
    expect(decodeBase64Url('Zm9vé')).toBeUndefined();
  });
});
