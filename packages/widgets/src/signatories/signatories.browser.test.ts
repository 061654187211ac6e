import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowText, until } from '../../test/render.js';
import './define.js';
import type { PlateformcoopSignatories } from './signatories.element.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
  await commands.publishIndividual('Aline', 'Publique', true);
  await commands.publishIndividual('Bruno', 'Discret', false);
  await commands.publishCommune('Lille', '59350', '215903501', '59', '32');
});

const items = (list: PlateformcoopSignatories) =>
  [...list.shadowRoot!.querySelectorAll('li')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('<plateformcoop-signatories> against the real registry', () => {
  it('lists published signatories, names only with consent, accessibly in French and English', async () => {
    for (const lang of ['fr', 'en']) {
      // Other test files publish into the same registry at the same time: one page holds all.
      const list = await mount<PlateformcoopSignatories>(
        `<plateformcoop-signatories registry="${registry}" page-size="100"></plateformcoop-signatories>`,
        lang,
      );
      expect(await axeViolations(list), `loading, ${lang}`).toEqual([]);
      await until(() => items(list).length >= 3, 'three signatories');
      const shown = items(list).join(' | ');
      expect(shown).toContain('Aline Publique');
      expect(shown).not.toContain('Discret');
      expect(shown).toContain(
        lang === 'fr' ? 'Signataire (nom non publié)' : 'Signatory (name not published)',
      );
      expect(shown).toContain('Lille');
      expect(await axeViolations(list), `loaded, ${lang}`).toEqual([]);
    }
  });

  it('filters by kind and département and searches by name, from the keyboard', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}"></plateformcoop-signatories>`,
    );
    await until(() => items(list).length >= 3, 'the list');
    const root = list.shadowRoot!;
    await userEvent.selectOptions(root.querySelector('select')!, 'collectivity');
    await userEvent.click(root.querySelector('button[type="submit"]')!);
    await until(() => items(list).length === 1, 'collectivities only');
    expect(items(list)[0]).toContain('Lille');
    // Counts by kind come from the registry's counter.
    await until(
      () => /\(\d+\)/.test(root.querySelector('option[value="collectivity"]')!.textContent!),
      'counts',
    );

    await userEvent.selectOptions(root.querySelector('select')!, '');
    const search = root.querySelector<HTMLInputElement>('#q')!;
    await userEvent.click(search);
    await userEvent.keyboard('aline{Enter}');
    await until(() => items(list).length === 1 && items(list)[0]!.includes('Aline'), 'the search');

    await userEvent.clear(search);
    await userEvent.type(root.querySelector<HTMLInputElement>('#departement')!, '2a{Enter}');
    await until(() => shadowText(list).includes('Aucun signataire'), 'an empty result');
    expect(await axeViolations(list), 'empty').toEqual([]);
  });

  it('pages with "show more"', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}" page-size="1"></plateformcoop-signatories>`,
    );
    await until(() => items(list).length === 1, 'the first page');
    const more = await until(
      () => list.shadowRoot!.querySelector<HTMLButtonElement>('.more'),
      'the more button',
    );
    await userEvent.click(more);
    await until(() => items(list).length === 2, 'the second page');
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('2 signataires affichés');
  });
});
