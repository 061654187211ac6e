import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowOf, until } from '../../test/render.js';
import './define.js';
import { PlateformcoopCounter } from './counter.element.js';
import { en, fr } from './counter.words.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
  // Before any counter is read: the registry lets browsers keep its counter a few seconds.
  await commands.publishCommune('Lille', '59350', '215903501', '59', '32');
});

describe('<plateformcoop-counter> against the real registry', () => {
  it('shows the registry’s number and its goal, accessible in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = { fr, en }[lang];
      const counter = await mount<PlateformcoopCounter>(
        `<plateformcoop-counter registry="${registry}" goal="100"></plateformcoop-counter>`,
        lang,
      );
      expect(await axeViolations(counter), `loading, ${lang}`).toEqual([]);
      await until(() => counter.count !== undefined, 'the counter');
      await counter.updateComplete;
      const view = shadowOf(counter);
      expect(view.getByText(String(counter.count))).toBeTruthy();
      expect(view.getByText(words['widget.counter.goal'].replace('{goal}', '100'))).toBeTruthy();
      const progress = view.getByRole('progressbar', { name: words['widget.counter.progress'] });
      expect(progress.getAttribute('aria-valuenow')).toBe(String(Math.min(counter.count!, 100)));
      expect(progress.getAttribute('aria-valuemax')).toBe('100');
      expect(await axeViolations(counter), `loaded, ${lang}`).toEqual([]);
    }
  });

  it('follows the event stream with `live` and announces the change politely', async () => {
    const counter = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="${registry}" live></plateformcoop-counter>`,
    );
    const changes: number[] = [];
    counter.addEventListener('plateformcoop-counter-change', (e) =>
      changes.push((e as CustomEvent).detail.count),
    );
    const first = await until(() => counter.count, 'the first value', 5_000).catch(
      () => counter.count ?? 0,
    );
    await commands.publishIndividual('Live', 'Stream', true);
    await until(() => (counter.count ?? 0) > first, 'the live update', 10_000);
    await counter.updateComplete;
    expect(shadowOf(counter).getByRole('status')).toHaveTextContent(
      fr['widget.counter.changed'].replace('{count}', String(counter.count)),
    );
    expect(changes.at(-1)).toBe(counter.count);
  });

  it('reads the counter’s document instead when the registry refuses its stream (past its caps)', async () => {
    // Issue 16, finding 3: the registry caps the streams of one client address (20 by default);
    // the browser shares 127.0.0.1 with the streams held from Node.
    expect(await commands.holdStreams()).toBeGreaterThan(0);
    const interval = PlateformcoopCounter.pollIntervalMs;
    PlateformcoopCounter.pollIntervalMs = 1_000;
    try {
      const counter = await mount<PlateformcoopCounter>(
        `<plateformcoop-counter registry="${registry}" live></plateformcoop-counter>`,
      );
      const first = await until(() => counter.count, 'the first value', 5_000);
      await commands.publishIndividual('Past', 'Thecap', true);
      await until(() => (counter.count ?? 0) > first, 'the polled update', 20_000);
      await counter.updateComplete;
      expect(shadowOf(counter).getByRole('status')).toHaveTextContent(
        fr['widget.counter.changed'].replace('{count}', String(counter.count)),
      );
      expect(counter.renderRoot.querySelector('[part="error"]')).toBeNull();
    } finally {
      PlateformcoopCounter.pollIntervalMs = interval;
      await commands.releaseStreams();
    }
  });

  it('counts one kind or one département, named by the element’s own text', async () => {
    const byKind = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="${registry}" kind="collectivity">collectivités</plateformcoop-counter>`,
    );
    await until(() => byKind.count !== undefined, 'collectivities');
    expect(byKind.count).toBeGreaterThanOrEqual(1);
    // The page's words take the place of "signatures" (slotted into the label).
    const slot = byKind.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).toEqual(['collectivités']);
    const byDep = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="${registry}" departement="2A"></plateformcoop-counter>`,
    );
    await until(() => byDep.count !== undefined, 'the département');
    expect(byDep.count).toBe(0);
    await byDep.updateComplete;
    expect(shadowOf(byDep).getByText('0')).toBeTruthy();
  });

  it('is heard as one sentence that says what it counts, in the page’s words or its own', async () => {
    const byKind = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="${registry}" kind="collectivity">collectivités
        signataires</plateformcoop-counter>`,
    );
    await until(() => byKind.count !== undefined, 'collectivities');
    await byKind.updateComplete;
    // What assistive technologies read: the number with its words, not a bare « 4 ».
    await expect
      .element(byKind)
      .toMatchAriaInlineSnapshot(`- paragraph: /^\\d+ collectivités signataires$/`);
    expect(shadowOf(byKind).getByText(`${byKind.count} collectivités signataires`)).toBeTruthy();
    // The catalogue's words, singular or plural as the number takes them.
    const all = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="${registry}" departement="2A" lang="en"></plateformcoop-counter>`,
    );
    await until(() => all.count !== undefined, 'the département');
    await all.updateComplete;
    await expect.element(all).toMatchAriaInlineSnapshot(`- paragraph: 0 signatures`);
    all.lang = 'fr'; // as a page switching language in place does (the README says so)
    await all.updateComplete;
    await expect.element(all).toMatchAriaInlineSnapshot(`- paragraph: 0 signature`);
  });

  it('says so in the page’s language when the registry cannot be reached', async () => {
    const errors: string[] = [];
    document.addEventListener(
      'plateformcoop-error',
      (e) => errors.push((e as CustomEvent).detail.code),
      { once: true },
    );
    const counter = await mount<PlateformcoopCounter>(
      `<plateformcoop-counter registry="http://127.0.0.1:9"></plateformcoop-counter>`,
      'en',
    );
    await until(() => errors.length > 0, 'the error event');
    await counter.updateComplete;
    expect(errors).toEqual(['network.unavailable']);
    expect(shadowOf(counter).getByText(/not answering/)).toBeTruthy();
    expect(await axeViolations(counter)).toEqual([]);
  });
});
