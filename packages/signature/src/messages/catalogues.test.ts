import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues.js';
import { isMessageCode, MESSAGE_CODES } from './message-code.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has no code twice', () => {
    expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
  });

  it.each(Object.entries(catalogues))(
    'has a message for every code in %s, and nothing else',
    (_, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_CODES].sort());
      for (const code of MESSAGE_CODES) expect(catalogue[code].trim(), code).not.toBe('');
    },
  );

  it('names the same placeholders in every language', () => {
    for (const code of MESSAGE_CODES) {
      expect(placeholders(catalogues.en[code]), code).toEqual(placeholders(catalogues.fr[code]));
    }
  });

  it('reserves the codes of the registry, of the widgets and of the moderation console', () => {
    for (const code of [
      'request.malformed_json',
      'request.unsupported_media_type',
      'request.too_large',
      'rate.limited',
      'challenge.invalid',
      'token.expired',
      'token.invalid',
      'token.purpose',
      'not_found',
      'auth.required',
      'widget.unexpected',
      'widget.registry-missing',
      'widget.platform.missing',
      'network.unavailable',
      'registry.invalid-response',
      'console.app.title',
      'console.queue.empty',
      'console.loading',
    ]) {
      expect(isMessageCode(code), code).toBe(true);
    }
  });
});
