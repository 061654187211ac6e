import { describe, expect, it } from 'vitest';
import { registryServingBundle } from './default-registry.js';

describe('registryServingBundle', () => {
  it('finds the registry that serves a bundle under /widgets/', () => {
    expect(registryServingBundle('https://signer.example.org/widgets/counter.js')).toBe(
      'https://signer.example.org/',
    );
    expect(
      registryServingBundle('https://example.org/petition/widgets/plateformcoop-0123456789.js'),
    ).toBe('https://example.org/petition/');
  });

  it('does not mistake a package CDN or another path for a registry', () => {
    expect(
      registryServingBundle(
        'https://cdn.jsdelivr.net/npm/@plateformcoop/widgets/dist/cdn/counter.js',
      ),
    ).toBeUndefined();
    expect(registryServingBundle('https://example.org/assets/counter.js')).toBeUndefined();
    expect(registryServingBundle('https://example.org/widgets/chunks/x.js')).toBeUndefined();
  });
});
