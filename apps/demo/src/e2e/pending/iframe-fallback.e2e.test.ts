import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../../browser/axe.js';
import { type Stack, startStack } from '../stack.js';

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
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/iframe/`);
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
  expect(describeViolations(await axeViolations(page))).toEqual([]);
});
