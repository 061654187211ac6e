import { labelOf } from '@plateformcoop/model';
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, until } from '../../test/render.js';
import './define.js';
import { PlateformcoopSignatories } from './signatories.element.js';
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
    // Each signatory links to its certificate on the registry, named for whom it certifies.
    const certificate = within(shadowOf(list).getByRole('list')).getByRole('link', {
      name: `${fr['widget.signatories.certificate']}, Lille`,
    }) as HTMLAnchorElement;
    expect(certificate.href).toMatch(
      new RegExp(`^${registry.replace(/\/$/, '')}/certificates/[\\w-]+$`),
    );
    const page = await fetch(certificate.href);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('215903501');
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

  it('follows the counter’s stream with `live`: a publication or a withdrawal shows without reloading', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}" page-size="100" live></plateformcoop-signatories>`,
    );
    await until(() => items(list).length >= 3, 'the list');
    expect(items(list).join(' | ')).not.toContain('Vivien Direct');
    await commands.publishIndividual('Vivien', 'Direct', true);
    await until(() => items(list).join(' | ').includes('Vivien Direct'), 'the publication', 15_000);
    await commands.withdrawByMail('vivien.direct@example.org');
    await until(() => !items(list).join(' | ').includes('Vivien Direct'), 'the withdrawal', 15_000);
    expect(await axeViolations(list)).toEqual([]);
  });

  it('with `live` past the registry’s caps of streams, reads the counter’s document to notice a publication', async () => {
    expect(await commands.holdStreams()).toBeGreaterThan(0);
    const interval = PlateformcoopSignatories.pollIntervalMs;
    PlateformcoopSignatories.pollIntervalMs = 1_000;

    try {
      const list = await mount<PlateformcoopSignatories>(
        `<plateformcoop-signatories registry="${registry}" page-size="100" live></plateformcoop-signatories>`,
      );
      await until(() => items(list).length >= 3, 'the list');
      await commands.publishIndividual('Paula', 'Polled', true);
      await until(
        () => items(list).join(' | ').includes('Paula Polled'),
        'the publication',
        20_000,
      );
    } finally {
      PlateformcoopSignatories.pollIntervalMs = interval;
      await commands.releaseStreams();
    }
  });

  it('puts its title at the heading level the page sets', async () => {
    const list = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}" heading-level="3"></plateformcoop-signatories>`,
    );
    expect(
      shadowOf(list).getByRole('heading', { level: 3, name: fr['widget.signatories.title'] }),
    ).toBeTruthy();
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
      fr['widget.signatories.shown.other'].replace('{count}', '2'),
    );
    // One signatory, in the singular.
    const one = await mount<PlateformcoopSignatories>(
      `<plateformcoop-signatories registry="${registry}" q="Aline"></plateformcoop-signatories>`,
    );
    await until(() => items(one).length === 1, 'one signatory');
    expect(shadowOf(one).getByRole('status')).toHaveTextContent(
      fr['widget.signatories.shown.one'].replace('{count}', '1'),
    );
  });

  // Last: the filters' test above counts one collectivity.
  it('says « par délibération du … » for a signature recorded from a council’s deliberation, with its link and reference', async () => {
    await commands.recordDeliberation('Arras', '62041', '62', {
      date: '2023-11-20',
      reference: 'DEL-2023-114',
      url: 'https://deliberations.example/arras/2023-114',
    });
    for (const lang of ['fr', 'en'] as const) {
      const list = await mount<PlateformcoopSignatories>(
        `<plateformcoop-signatories registry="${registry}" q="Arras"></plateformcoop-signatories>`,
        lang,
      );
      await until(() => items(list).length === 1, 'Arras');
      const words = {
        fr: 'par délibération du 20 novembre 2023',
        en: 'by deliberation of 20 November 2023',
      }[lang];
      const link = shadowOf(list).getByRole('link', { name: words });
      expect(link).toHaveAttribute('href', 'https://deliberations.example/arras/2023-114');
      expect(items(list)[0]).toContain({ fr: 'n° DEL-2023-114', en: 'no. DEL-2023-114' }[lang]);
      expect(await axeViolations(list), lang).toEqual([]);
    }
  });
});
