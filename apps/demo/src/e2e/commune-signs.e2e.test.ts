import { plateformcoop2023 } from '@plateformcoop/model';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { followMailLink } from './mail-link.js';
import {
  acceptToSign,
  chooseCollectivity,
  fillRepresentative,
  signatureForm,
  submit,
} from './signature-form.js';
import { type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test('a commune signs on the municipal page, confirms by mail, and appears live once published', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/ville/`);
  const counter = page.locator('plateformcoop-counter').first();
  await expect.poll(() => counter.locator('[part="number"]').textContent()).toBe('0');

  const form = signatureForm(page);
  await chooseCollectivity(form, 'Roubaix', 'Roubaix');
  await fillRepresentative(form, {
    givenName: 'Camille',
    familyName: 'Test',
    role: 'maire',
    email: 'mairie.roubaix.e2e@example.org',
  });
  const commitment = plateformcoop2023.commitments.find((c) =>
    c.forKinds.includes('collectivity'),
  )!;
  await form.getByLabel(commitment.label.fr).check();
  await acceptToSign(form);
  await submit(form);
  await expect.poll(() => form.getByRole('status').first().textContent()).toMatch(/boîte mail/);

  // The mail lands in the outbox; its link opens the registry's page, whose button confirms.
  const confirmation = await followMailLink(stack, 'mairie.roubaix.e2e@example.org', 'confirm');
  expect(confirmation.ok).toBe(true);
  expect(confirmation.answer).toMatch(/confirm/i);

  // A collectivity is published by moderation; the page, still open, follows live.
  const confirmed = await stack.client.adminList('confirmed');
  expect(confirmed).toHaveLength(1);
  await stack.client.publish(confirmed[0]!.id);
  await expect.poll(() => counter.locator('[part="number"]').textContent()).toBe('1');

  // The list is read when a page opens (and cached 30 s by browsers): a visitor arriving now
  // sees the commune in it.
  const visitor = await stack.newPage();
  await visitor.goto(`${stack.demo.url}/ville/`);
  const list = visitor.locator('plateformcoop-signatories [part="list"]').first();
  await expect.poll(() => list.getByText('Roubaix').count()).toBe(1);
});
