import { describe, expect, it } from 'vitest';
import {
  platforms,
  safeParsePlatform,
  safeParsePlatformProfile,
  safeParsePlatformWithStatus,
} from '../index.js';

const coopcycle = platforms.find((p) => p.slug === 'coopcycle');

describe('Platform', () => {
  it('accepts every reference platform and a platform with its signing status', () => {
    for (const p of platforms) expect(safeParsePlatform(p).success, p.slug).toBe(true);
    expect(
      safeParsePlatformWithStatus({ ...coopcycle, signed: true, signedAt: '2026-11-21T09:00:00Z' })
        .success,
    ).toBe(true);
  });

  it('rejects a non-https website or logo, a bad slug, an unknown sector or legal form, a bad licence id', () => {
    for (const bad of [
      { ...coopcycle, website: 'http://coopcycle.org' },
      { ...coopcycle, website: 'javascript:alert(1)' },
      { ...coopcycle, logo: 'data:image/png;base64,AAAA' },
      { ...coopcycle, slug: 'Coop Cycle' },
      { ...coopcycle, sector: 'finance' },
      { ...coopcycle, legalForm: 'gmbh' },
      { ...coopcycle, software: { name: 'x', license: 'not a licence!' } },
      { ...coopcycle, description: { en: 'English only' } },
    ]) {
      expect(safeParsePlatform(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('requires a name, an https website and a sector of a platform that signs', () => {
    expect(
      safeParsePlatformProfile({ name: 'X', website: 'https://x.coop', sector: 'autre' }).success,
    ).toBe(true);
    expect(safeParsePlatformProfile({ name: 'X', sector: 'autre' }).success).toBe(false);
    expect(safeParsePlatformProfile({ name: 'X', website: 'https://x.coop' }).success).toBe(false);
  });
});
