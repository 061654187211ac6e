import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, until } from '../../test/render.js';
import './define.js';
import type { PlateformcoopBadge } from './badge.element.js';
import { en, fr } from './badge.words.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
  await commands.publishPlatform('Mobicoop', 'https://www.mobicoop.fr', 'mobilite');
});

async function checked(markup: string, lang = 'fr') {
  const results: { verified: boolean; reason?: string }[] = [];
  document.addEventListener(
    'plateformcoop-badge-verify',
    (e) => results.push((e as CustomEvent).detail),
    { once: true },
  );
  const badge = await mount<PlateformcoopBadge>(markup, lang);
  expect(await axeViolations(badge), 'checking').toEqual([]);
  await until(() => results.length, 'the check');
  await badge.updateComplete;
  return { badge, result: results[0]! };
}

describe('<plateformcoop-badge> against the real registry', () => {
  it('does not claim "signed" on a page outside the attested website, even with a valid signature', async () => {
    for (const lang of ['fr', 'en']) {
      const { badge, result } = await checked(
        `<plateformcoop-badge registry="${registry}" platform="mobicoop"></plateformcoop-badge>`,
        lang,
      );
      // The attestation is genuine (the check got past its signature), but this page is localhost.
      expect(result).toMatchObject({ verified: false, reason: 'badge.domain_mismatch' });
      expect(badge.verified).toBe(false);
      const words = { fr, en }[lang as 'fr' | 'en'];
      expect(shadowOf(badge).getByText(words['widget.badge.unverified'])).toBeTruthy();
      expect(shadowOf(badge).queryByText(words['widget.badge.verified'])).toBeNull();
      expect(await axeViolations(badge), lang).toEqual([]);
    }
  });

  it('shows nothing misleading for a platform without attestation', async () => {
    const { badge, result } = await checked(
      `<plateformcoop-badge registry="${registry}" platform="coopcircuits"></plateformcoop-badge>`,
    );
    expect(result).toMatchObject({ verified: false, reason: 'not_found' });
    expect(shadowOf(badge).getByText(fr['widget.badge.unverified'])).toBeTruthy();
  });

  it('asks for the attestation of its own manifesto, and is not verified for one the registry does not serve', async () => {
    // (An attestation naming another manifesto is refused by `checkBadge`: check-badge.test.ts.)
    const { badge, result } = await checked(
      `<plateformcoop-badge registry="${registry}" platform="mobicoop" manifesto="another-manifesto"></plateformcoop-badge>`,
    );
    expect(result).toMatchObject({ verified: false, reason: 'manifesto.unknown' });
    expect(shadowOf(badge).getByText(fr['widget.badge.unverified'])).toBeTruthy();
  });
});
