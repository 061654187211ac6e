import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../browser/axe.js';
import { type Stack, startStack } from './stack.js';

/**
 * The page that allows no script: each widget is a page of the registry (`/embed/<widget>`, as
 * the widgets' README documents it) inside an `<iframe>`.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test('the iframe page shows the counter and the form from the registry, and passes axe', async () => {
  const page = await stack.newPage({ bypassCSP: true });
  await page.goto(`${stack.demo.url}/iframe/`);
  expect(await page.locator('script').count()).toBe(0);
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
