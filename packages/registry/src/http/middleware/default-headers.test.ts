import { describe, expect, it } from 'vitest';
import { corsPolicy } from './cors.js';
import { defaultHeaderPolicy } from './default-headers.js';

describe('defaultHeaderPolicy', () => {
  const listed = defaultHeaderPolicy(corsPolicy(['https://a.example', 'https://b.example']), false);
  const counter = listed('embeddable');

  it('answers each configured origin with its own name, and others with no CORS at all', () => {
    expect(counter('https://a.example')['access-control-allow-origin']).toBe('https://a.example');
    expect(counter('https://b.example')['access-control-allow-origin']).toBe('https://b.example');
    const other = counter('https://c.example');
    expect(other['access-control-allow-origin']).toBeUndefined();
    expect(other['access-control-expose-headers']).toBeUndefined();
    expect(other.vary).toBe('Origin');
    expect(other['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('exposes headers only to a cross-origin request, and keeps one record per kind of request', () => {
    const open = defaultHeaderPolicy(corsPolicy('*'), false)('embeddable');
    expect(open(undefined)['access-control-allow-origin']).toBe('*');
    expect(open(undefined)['access-control-expose-headers']).toBeUndefined();
    expect(open('https://x.example')['access-control-expose-headers']).toContain('ETag');
    // Records are made once and shared: routes cache what they merge with them.
    expect(open('https://x.example')).toBe(open('https://y.example'));
    expect(counter('https://c.example')).toBe(counter('https://d.example'));
    expect(Object.isFrozen(open(undefined))).toBe(true);
  });

  it('keeps moderation unreadable from other origins and strict everywhere else', () => {
    const moderation = listed('admin')('https://a.example');
    expect(moderation['access-control-allow-origin']).toBeUndefined();
    expect(moderation['cross-origin-resource-policy']).toBe('same-origin');
    expect(listed('public')(undefined)['cross-origin-resource-policy']).toBe('same-origin');
    expect(listed('framable')(undefined)['x-frame-options']).toBeUndefined();
    expect(listed('public')(undefined)['x-frame-options']).toBe('DENY');
  });
});
