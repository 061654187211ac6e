import { labelOf } from '@plateformcoop/model';
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, until } from '../../test/render.js';
import './define.js';
import type { PlateformcoopSignatories } from './signatories.element.js';
import { en, fr } from './signatories.words.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
  await commands.publishIndividual('Aline', 'Publique', true);
  await commands.publishIndividual('Bruno', 'Discret', false);
  await commands.publishCommune('Lille', '59350', '215903501', '59', '32');
});

/** The signatories listed, as lines of text. */
const items = (list: PlateformcoopSignatories) =>
  within(shadowOf(list).getByRole('list'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<plateformcoop-signatories> against the real registry', () => {
  it('lists published signatories, names only with consent, accessibly in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      // Other test files publish into the same registry at the same time: one page holds all.
      const list = await mount<PlateformcoopSignatories>(
        `<plateformcoop-signatories registry="${registry}" page-size="100"></plateformcoop-signatories>`,
        lang,
      );
      expect(await axeViolations(list), `loading, ${lang}`).toEqual([]);
      const view = shadowOf(list);
      expect(
        view.getByRole('heading', { level: 2, name: { fr, en }[lang]['widget.signatories.title'] }),
      ).toBeTruthy();
      await until(() => items(list).length >= 3, 'three signatories');
      const shown = items(list).join(' | ');
      expect(shown).toContain('Aline Publique');
      expect(shown).not.toContain('Discret');
      expect(shown).toContain({ fr, en }[lang]['widget.signatories.anonymous']);
      expect(shown).toContain('Lille');
      expect(await axeViolations(list), `loaded, ${lang}`).toEqual([]);
    }
  });

  it('filters by kind and département and searches by name, from the keyboard', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}"></plateformcoop-signatories>`,
    );
    await until(() => items(list).length >= 3, 'the list');
    const filters = within(shadowOf(list).getByRole('search'));
    const kind = filters.getByRole('combobox', { name: fr['widget.signatories.kind'] });
    await userEvent.selectOptions(kind, 'collectivity');
    await userEvent.click(filters.getByRole('button', { name: fr['widget.signatories.apply'] }));
    await until(() => items(list).length === 1, 'collectivities only');
    expect(items(list)[0]).toContain('Lille');
    // Counts by kind come from the registry's counter.
    const collectivities = labelOf('signatoryKind', 'collectivity', 'fr');
    await filters.findByRole('option', { name: new RegExp(`^${collectivities} \\(\\d+\\)$`) });

    await userEvent.selectOptions(kind, '');
    const search = filters.getByRole('searchbox', { name: fr['widget.signatories.search'] });
    await userEvent.click(search);
    await userEvent.keyboard('aline{Enter}');
    await until(() => items(list).length === 1 && items(list)[0]!.includes('Aline'), 'the search');

    await userEvent.clear(search);
    await userEvent.type(
      filters.getByRole('textbox', { name: fr['widget.signatories.departement'] }),
      '2a{Enter}',
    );
    await shadowOf(list).findByText(fr['widget.signatories.empty']);
    expect(items(list)).toEqual([]);
    expect(await axeViolations(list), 'empty').toEqual([]);
  });

  it('pages with "show more"', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}" page-size="1"></plateformcoop-signatories>`,
    );
    await until(() => items(list).length === 1, 'the first page');
    const view = shadowOf(list);
    await userEvent.click(await view.findByRole('button', { name: fr['widget.signatories.more'] }));
    await until(() => items(list).length === 2, 'the second page');
    expect(view.getByRole('status')).toHaveTextContent(
      fr['widget.signatories.shown'].replace('{count}', '2'),
    );
  });
});
