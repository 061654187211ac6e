import { describe, expect, it } from 'vitest';
import { pageMatchesWebsite } from './page-domain.js';

describe('pageMatchesWebsite', () => {
  it('accepts the attested host, its www. twin and its subdomains', () => {
    expect(pageMatchesWebsite('mobicoop.fr', 'https://www.mobicoop.fr/')).toBe(true);
    expect(pageMatchesWebsite('www.mobicoop.fr', 'https://mobicoop.fr')).toBe(true);
    expect(pageMatchesWebsite('app.mobicoop.fr', 'https://mobicoop.fr')).toBe(true);
    expect(pageMatchesWebsite('MOBICOOP.FR.', 'https://mobicoop.fr')).toBe(true);
  });

  it('refuses look-alikes, other sites and missing websites', () => {
    expect(pageMatchesWebsite('mobicoop.fr.evil.example', 'https://mobicoop.fr')).toBe(false);
    expect(pageMatchesWebsite('notmobicoop.fr', 'https://mobicoop.fr')).toBe(false);
    expect(pageMatchesWebsite('coopcycle.org', 'https://mobicoop.fr')).toBe(false);
    expect(pageMatchesWebsite('mobicoop.fr', undefined)).toBe(false);
    expect(pageMatchesWebsite('mobicoop.fr', 'not a url')).toBe(false);
    expect(pageMatchesWebsite('', 'https://mobicoop.fr')).toBe(false);
  });
});
