import type { Counter } from '@plateformcoop/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, until } from '../../test/render.js';
import './define.js';
import type { PlateformcoopMap } from './map.element.js';
import { en, fr } from './map.words.js';

let registry: string;

/** The counter as the registry serves it now (asked past the browser's cache). */
async function counterNow(): Promise<Counter> {
  const response = await fetch(`${registry}/v1/manifestos/plateformcoop-2023/counter`, {
    cache: 'no-store',
  });
  return (await response.json()) as Counter;
}

/** A map with its geometry and the registry's figures drawn. */
async function mountMap(markup: string, lang = 'fr'): Promise<PlateformcoopMap> {
  const map = await mount<PlateformcoopMap>(markup, lang);
  await until(
    () => map.figures && map.shadowRoot!.querySelector('path[data-code]'),
    'the map drawn with its figures',
  );
  await map.updateComplete;
  return map;
}

/** « 3 signatures » / « 0 signature », as the map words a figure (French says « 0 signature »). */
const countWords = (count: number, words: typeof fr) =>
  words[
    new Intl.PluralRules(words === en ? 'en' : 'fr').select(count) === 'one'
      ? 'widget.map.count.one'
      : 'widget.map.count.other'
  ].replace('{count}', String(count));

beforeAll(async () => {
  registry = await commands.registryUrl();
  // Signatories in Nord (a commune and a citizen of Lille) and in La Réunion (a citizen of
  // Saint-Denis, overseas). (Other files' tests count the collectivities: Lille is the only one.)
  await commands.publishCommune('Lille', '59350', '215903501', '59', '32');
  await commands.publishIndividual('Carte', 'Nordiste', true);
  await commands.publishIndividual('Carte', 'Réunionnaise', true, '97400');
});

describe('<plateformcoop-map> against the real registry', () => {
  it('shades the signatories’ départements, metropolitan and overseas, each shape with its code', async () => {
    const map = await mountMap(`<plateformcoop-map registry="${registry}"></plateformcoop-map>`);
    const counter = await counterNow();
    const view = shadowOf(map);
    const codes = [...map.shadowRoot!.querySelectorAll('path[data-code]')].map((path) =>
      path.getAttribute('data-code'),
    );
    expect(codes).toHaveLength(101);
    expect(codes).toEqual(expect.arrayContaining(['01', '2A', '2B', '59', '95', '971', '976']));
    const nordCount = counter.byDepartement['59']!;
    expect(nordCount).toBeGreaterThanOrEqual(2);
    const nord = view.getByRole('img', { name: `Nord (59) : ${countWords(nordCount, fr)}` });
    expect(nord.getAttribute('data-code')).toBe('59');
    expect(nord.getAttribute('class')).toMatch(/^s[1-5]$/);
    const reunion = view.getByRole('img', { name: /^La Réunion \(974\) : / });
    expect(reunion.getAttribute('class')).toMatch(/^s[1-5]$/);
    // A département without a signatory keeps the empty shade.
    const lozere = view.getByRole('img', { name: `Lozère (48) : ${countWords(0, fr)}` });
    expect(lozere.getAttribute('class')).toBe('s0');
    // The legend says in words what the shades mean.
    const legend = view.getByRole('list', { name: fr['widget.map.legend'] });
    expect(legend).toHaveTextContent(fr['widget.map.legend.none']);
    expect(await axeViolations(map)).toEqual([]);
  });

  it('offers the same figures as a table, in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = { fr, en }[lang];
      const map = await mountMap(
        `<plateformcoop-map registry="${registry}"></plateformcoop-map>`,
        lang,
      );
      const counter = await counterNow();
      const view = shadowOf(map);
      await userEvent.click(view.getByText(words['widget.map.table.show']));
      const table = view.getByRole('table', { name: words['widget.map.title.departement'] });
      const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => cell.textContent!.trim()),
      );
      const expected = Object.entries(counter.byDepartement).map(([code, count]) => [
        code,
        String(count),
      ]);
      expect(rows.map(([, code, count]) => [code, count]).sort()).toEqual(expected.sort());
      expect(
        view.getByRole('rowheader', { name: 'Nord' }).parentElement?.lastElementChild,
      ).toHaveTextContent(String(counter.byDepartement['59']));
      expect(
        view.getByRole('columnheader', { name: words['widget.map.table.count'] }),
      ).toBeTruthy();
      expect(await axeViolations(map), lang).toEqual([]);
    }
  });

  it('shades régions over their départements, for one kind of signatory', async () => {
    const map = await mountMap(
      `<plateformcoop-map registry="${registry}" level="region" kind="collectivity"></plateformcoop-map>`,
    );
    const counter = await counterNow();
    const view = shadowOf(map);
    const collectivities = counter.byRegionAndKind['32']!.collectivity!;
    expect(collectivities).toBeGreaterThanOrEqual(1);
    const hautsDeFrance = view.getByRole('img', {
      name: `Hauts-de-France (32) : ${countWords(collectivities, fr)}`,
    });
    expect(hautsDeFrance.getAttribute('data-region')).toBe('32');
    const departements = [...hautsDeFrance.querySelectorAll('path[data-code]')].map((path) =>
      path.getAttribute('data-code'),
    );
    expect(departements.sort()).toEqual(['02', '59', '60', '62', '80']);
    // Citizens do not count here: Corse has none of this kind.
    expect(view.getByRole('img', { name: `Corse (94) : ${countWords(0, fr)}` })).toBeTruthy();
    expect(view.getByRole('figure', { name: 'Signatures par région (Collectivité)' })).toBeTruthy();
    expect(await axeViolations(map)).toEqual([]);
  });

  it('is one tab stop whose territories the arrow keys reach, each with its tooltip', async () => {
    const map = await mountMap(`<plateformcoop-map registry="${registry}"></plateformcoop-map>`);
    const view = shadowOf(map);
    const first = view.getByRole('img', { name: /^Ain \(01\)/ });
    expect(map.shadowRoot!.querySelectorAll('[data-territory][tabindex="0"]')).toHaveLength(1);
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.tooltip')).toHaveTextContent(/^Ain \(01\) : /);
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute('data-code')).toBe('02');
    expect(map.shadowRoot!.querySelector('.tooltip')).toHaveTextContent(/^Aisne \(02\) : /);
    await userEvent.keyboard('{End}');
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute('data-code')).toBe('976');
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.tooltip')).toBeNull();
  });

  it('follows the counter’s event stream: a new signature in Nord darkens it and is announced', async () => {
    const map = await mountMap(`<plateformcoop-map registry="${registry}"></plateformcoop-map>`);
    // The figures of now (the first answer may come from the browser's cache, the stream's first
    // event from the registry).
    const before = (await counterNow()).byDepartement['59'] ?? 0;
    await until(() => map.figures!['59'] === before, 'the current figures', 10_000);
    await commands.publishIndividual('Carte', 'Direct', true); // postal code 59000: Nord
    await until(() => map.figures!['59'] === before + 1, 'the live update', 10_000);
    await map.updateComplete;
    const view = shadowOf(map);
    expect(
      view.getByRole('img', { name: `Nord (59) : ${countWords(before + 1, fr)}` }),
    ).toBeTruthy();
    expect(view.getByRole('status')).toHaveTextContent(/^Carte mise à jour : \d+ au total$/);
  });

  it('says so in the page’s language when the registry cannot be reached', async () => {
    const errors: string[] = [];
    document.addEventListener(
      'plateformcoop-error',
      (e) => errors.push((e as CustomEvent).detail.code),
      { once: true },
    );
    const map = await mount<PlateformcoopMap>(
      `<plateformcoop-map registry="http://127.0.0.1:9"></plateformcoop-map>`,
      'en',
    );
    await until(() => errors.length > 0, 'the error event');
    await map.updateComplete;
    expect(errors).toEqual(['network.unavailable']);
    expect(shadowOf(map).getByText(/not answering/)).toBeTruthy();
    expect(await axeViolations(map)).toEqual([]);
  });
});
