import type { PlatformWithStatus } from '@plateformcoop/model';
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, shadowText, until } from '../../test/render.js';
import './define.js';
import type { PlateformcoopPlatformCard } from './platform-card.element.js';
import { en, fr } from './platform-card.words.js';

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

/** The platform the registry serves for a slug, as a page may set it on a card. */
async function platformServed(slug: string): Promise<PlatformWithStatus> {
  return (await (await fetch(`${registry}/v1/platforms/${slug}`)).json()) as PlatformWithStatus;
}

describe('<plateformcoop-platform-card> against the real registry', () => {
  it('shows a platform that signed, in French and in English, accessibly', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = { fr, en }[lang];
      const card = await mount<PlateformcoopPlatformCard>(
        `<plateformcoop-platform-card registry="${registry}" platform="mobicoop"></plateformcoop-platform-card>`,
        lang,
      );
      expect(await axeViolations(card), `loading, ${lang}`).toEqual([]);
      const view = shadowOf(card);
      await view.findByRole('heading', { level: 3, name: 'Mobicoop' });
      // Each fact is a term and its definition.
      const fact = (term: string) =>
        view.getAllByRole('term').find((t) => t.textContent === term)?.nextElementSibling;
      expect(fact(words['widget.platform.sector'])).toHaveTextContent(
        lang === 'fr' ? 'Mobilité' : 'Mobility',
      );
      expect(fact(words['widget.platform.licence'])).toHaveTextContent('AGPL-3.0-only');
      const website = within(fact(words['widget.platform.website']) as HTMLElement).getByRole(
        'link',
        { name: 'www.mobicoop.fr' },
      );
      expect(website.getAttribute('href')).toBe('https://www.mobicoop.fr/');
      expect(
        view.getByText(words['widget.platform.signed-undated'], { exact: false }),
      ).toBeTruthy();
      expect(await axeViolations(card), `loaded, ${lang}`).toEqual([]);
    }
  });

  it('shows a platform that has not signed, from the object the registry serves', async () => {
    const card = await mount<PlateformcoopPlatformCard>(
      '<plateformcoop-platform-card></plateformcoop-platform-card>',
    );
    card.platform = await platformServed('coopcircuits');
    await card.updateComplete;
    const view = shadowOf(card);
    expect(view.getByRole('heading', { level: 3, name: 'CoopCircuits' })).toBeTruthy();
    expect(view.getByText(fr['widget.platform.not-signed'])).toBeTruthy();
    expect(await axeViolations(card)).toEqual([]);
  });

  it('links only an http(s) website and shows only an http(s) logo, whoever set the object', async () => {
    const served = await platformServed('mobicoop');
    const card = await mount<PlateformcoopPlatformCard>(
      '<plateformcoop-platform-card></plateformcoop-platform-card>',
    );
    card.platform = {
      ...served,
      website: 'javascript:alert(1)',
      logo: 'javascript:alert(2)',
    } as PlatformWithStatus;
    await card.updateComplete;
    const view = shadowOf(card);
    expect(view.getByRole('heading', { level: 3, name: 'Mobicoop' })).toBeTruthy();
    expect(view.queryByRole('link')).toBeNull();
    expect(card.shadowRoot!.querySelector('img')).toBeNull();
    expect(view.queryByText(fr['widget.platform.website'])).toBeNull();

    card.platform = { ...served, logo: 'https://www.mobicoop.fr/logo.svg' };
    await card.updateComplete;
    expect(view.getByRole('link', { name: 'www.mobicoop.fr' })).toBeTruthy();
    expect(card.shadowRoot!.querySelector('img')!.getAttribute('src')).toBe(
      'https://www.mobicoop.fr/logo.svg',
    );
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
    expect(shadowOf(card).getByText(/n'existe pas/)).toBeTruthy();
    expect(within(card.shadowRoot as unknown as HTMLElement).queryByRole('heading')).toBeNull();
    expect(await axeViolations(card)).toEqual([]);
  });
});
