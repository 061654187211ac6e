import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../browser/axe.js';
import { type Stack, startStack } from './stack.js';

/**
 * The page that allows no widget script: each widget is a page of the registry
 * (`/embed/<widget>`, as the widgets' README documents it) inside an `<iframe>`, sized to its
 * content by the optional `embed-host.js`.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test('the iframe page shows the counter and the form from the registry, and passes axe', async () => {
  const page = await stack.newPage({ bypassCSP: true });
  await page.goto(`${stack.demo.url}/iframe/`);
  // One script, and not a widget's: the frames' resizer.
  expect(
    await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src'))),
  ).toEqual([`${stack.registry.url}/widgets/embed-host.js`]);
  const frames = await Promise.all(
    ['counter', 'signature-form'].map(async (widget) => {
      const handle = await page.locator(`iframe[src*="/embed/${widget}"]`).elementHandle();
      return (await handle?.contentFrame()) as Frame;
    }),
  );
  const [counter, form] = frames;
  await counter!.locator('plateformcoop-counter [part="number"]').waitFor({ timeout: 10_000 });
  expect(await counter!.locator('plateformcoop-counter [part="number"]').textContent()).toBe('0');
  await form!.getByRole('button', { name: 'Signer' }).waitFor();
  expect(await form!.getByRole('radio', { name: 'Collectivité' }).isChecked()).toBe(true);
  const axe = await runAxe(page);
  expect(describeViolations(axe.violations)).toEqual([]);
  // axe looked into both frames, not only at the page around them.
  const framed = new Set(
    axe.passes
      .flatMap((r) => r.nodes)
      .flatMap((n) => (n.target.length > 1 ? [String(n.target[0])] : [])),
  );
  expect(framed.size).toBe(2);
});

test('the frames take their content’s height (no scrolling inside) and the widgets’ font', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/iframe/`);
  for (const widget of ['counter', 'signature-form']) {
    const frameElement = page.locator(`iframe[src*="/embed/${widget}"]`);
    await frameElement.scrollIntoViewIfNeeded();
    const frame = (await (await frameElement.elementHandle())?.contentFrame()) as Frame;
    await frame.locator(`plateformcoop-${widget}:not([aria-busy])`).waitFor();
    await frame.waitForFunction(
      () =>
        !document
          .querySelector('plateformcoop-signature-form')
          ?.shadowRoot?.querySelector('[aria-busy="true"]'),
    );
    // The frame is as tall as its page: nothing to scroll inside it.
    await expect
      .poll(
        async () => {
          const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
          const outer = await frameElement.evaluate((f) => f.clientHeight);
          return Math.abs(inner - outer);
        },
        { timeout: 10_000, message: `${widget}: frame height` },
      )
      .toBeLessThanOrEqual(1);
    const font = await frame.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font, widget).toMatch(/^system-ui, /);
  }
});
