import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowText, until } from '../../test/render.js';
import './define.js';
import type { PlatformWithStatus } from '@plateformcoop/model';
import type { PlateformcoopPlatformCard } from './platform-card.element.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
  await commands.publishPlatform('Mobicoop', 'https://www.mobicoop.fr', 'mobilite');
});

const loaded = (card: PlateformcoopPlatformCard) =>
  until(
    () => !card.shadowRoot!.querySelector('[aria-busy="true"]') && shadowText(card) !== '',
    'the card',
  );

describe('<plateformcoop-platform-card> against the real registry', () => {
  it('shows a platform that signed, in French and in English, accessibly', async () => {
    for (const lang of ['fr', 'en']) {
      const card = await mount<PlateformcoopPlatformCard>(
        `<plateformcoop-platform-card registry="${registry}" platform="mobicoop"></plateformcoop-platform-card>`,
        lang,
      );
      expect(await axeViolations(card), `loading, ${lang}`).toEqual([]);
      await until(() => shadowText(card).includes('Mobicoop'), 'Mobicoop');
      const text = shadowText(card);
      expect(text).toContain(lang === 'fr' ? 'Mobilité' : 'Mobility');
      expect(text).toContain(lang === 'fr' ? 'A signé le manifeste' : 'Signed the manifesto');
      expect(text).toContain('AGPL-3.0-only');
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(
        'https://www.mobicoop.fr',
      );
      expect(await axeViolations(card), `loaded, ${lang}`).toEqual([]);
    }
  });

  it('shows a platform that has not signed, from the object the registry serves', async () => {
    const platform = (await (
      await fetch(`${registry}/v1/platforms/coopcircuits`)
    ).json()) as PlatformWithStatus;
    const card = await mount<PlateformcoopPlatformCard>(
      '<plateformcoop-platform-card></plateformcoop-platform-card>',
    );
    card.platform = platform;
    await card.updateComplete;
    expect(shadowText(card)).toContain('CoopCircuits');
    expect(shadowText(card)).toContain("N'a pas encore signé");
    expect(await axeViolations(card)).toEqual([]);
  });

  it('reports an unknown platform with the registry’s code, accessibly', async () => {
    const codes: string[] = [];
    document.addEventListener(
      'plateformcoop-error',
      (e) => codes.push((e as CustomEvent).detail.code),
      { once: true },
    );
    const card = await mount<PlateformcoopPlatformCard>(
      `<plateformcoop-platform-card registry="${registry}" platform="does-not-exist"></plateformcoop-platform-card>`,
    );
    await loaded(card);
    await until(() => codes.length, 'the error');
    expect(codes).toEqual(['not_found']);
    // The registry's own words for its code, in the element's language.
    await card.updateComplete;
    expect(shadowText(card)).toContain("n'existe pas");
    expect(await axeViolations(card)).toEqual([]);
  });
});
