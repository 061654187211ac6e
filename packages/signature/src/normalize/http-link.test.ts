import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpLink } from './http-link.js';

describe('httpLink', () => {
  it('gives an http(s) address as the URL parser serialises it', () => {
    expect(httpLink('https://example.org/confidentialite')).toBe(
      'https://example.org/confidentialite',
    );
    expect(httpLink('HTTPS://Example.ORG')).toBe('https://example.org/');
    expect(httpLink('http://mairie.example.fr/vie-privee?x=1#cookies')).toBe(
      'http://mairie.example.fr/vie-privee?x=1#cookies',
    );
  });

  it('resolves a relative address against the base it is given', () => {
    expect(httpLink('/confidentialite', 'https://ville.example.fr/page/')).toBe(
      'https://ville.example.fr/confidentialite',
    );
    expect(httpLink('../vie-privee', 'https://ville.example.fr/a/b/')).toBe(
      'https://ville.example.fr/a/vie-privee',
    );
    expect(httpLink('/confidentialite')).toBeUndefined(); // no base, no page to resolve against
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:dpo@example.org',
    'blob:https://example.org/1',
    'https://',
    '',
    '   ',
  ])('refuses %j', (value) => {
    expect(httpLink(value, 'https://ville.example.fr/')).toBeUndefined();
  });

  it('refuses what is no string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) {
      expect(httpLink(value, 'https://ville.example.fr/')).toBeUndefined();
    }
  });

  it('never gives anything but an http(s) URL, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.constantFrom('javascript:', 'data:', 'JAVASCRIPT:', '//evil.example', '\\\\evil'),
        ),
        (value) => {
          const link = httpLink(value, 'https://ville.example.fr/page/');
          if (link !== undefined) expect(new URL(link).protocol).toMatch(/^https?:$/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
