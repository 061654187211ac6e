import { describe, expect, it } from 'vitest';
import { ifNoneMatchNames } from './etag.js';

describe('ifNoneMatchNames', () => {
  const etag = '"c-3f9a"';
  it('matches the tag, its weak form (as a compressing proxy hands it on), a list, and *', () => {
    expect(ifNoneMatchNames('"c-3f9a"', etag)).toBe(true);
    expect(ifNoneMatchNames('W/"c-3f9a"', etag)).toBe(true);
    expect(ifNoneMatchNames('"old", W/"c-3f9a"', etag)).toBe(true);
    expect(ifNoneMatchNames('*', etag)).toBe(true);
  });
  it('matches nothing else', () => {
    expect(ifNoneMatchNames(undefined, etag)).toBe(false);
    expect(ifNoneMatchNames('', etag)).toBe(false);
    expect(ifNoneMatchNames('"c-3f9"', etag)).toBe(false);
    expect(ifNoneMatchNames('W/"other"', etag)).toBe(false);
    expect(ifNoneMatchNames('c-3f9a', etag)).toBe(false);
  });
});
