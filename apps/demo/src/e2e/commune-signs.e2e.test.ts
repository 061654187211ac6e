import { plateformcoop2023 } from '@plateformcoop/model';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { followMailLink } from './mail-link.js';
import {
  acceptToSign,
  chooseCollectivity,
  fillRepresentative,
  sentRecap,
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
  await form.getByRole('checkbox', { name: commitment.label.fr }).check();
  await acceptToSign(form);
  await submit(form);
  const sent = await sentRecap(form);
  // The recap: where the mail went, what was signed, and that a moderator checks it next.
  const recap = await sent.getByRole('definition').allTextContents();
  expect(recap.map((text) => text.trim())).toEqual([
    'mairie.roubaix.e2e@example.org',
    'Collectivité',
    'Roubaix',
    commitment.label.fr,
  ]);

  // The mail lands in the outbox; its link opens the registry's page, whose button confirms.
  const confirmation = await followMailLink(stack, 'mairie.roubaix.e2e@example.org', 'confirm');
  expect(confirmation.ok).toBe(true);
  expect(confirmation.answer).toMatch(/confirm/i);

  // A collectivity is published by moderation; the page, still open, follows live.
  const confirmed = await stack.client.adminList('confirmed');
  expect(confirmed).toHaveLength(1);
  await stack.client.publish(confirmed[0]!.id);
  await expect.poll(() => counter.locator('[part="number"]').textContent()).toBe('1');
  // The list follows the same stream: the commune appears in the open page.
  const shown = page.locator('plateformcoop-signatories [part="list"]').first();
  await expect.poll(() => shown.getByText('Roubaix').count()).toBe(1);

  // A visitor arriving now sees it too.
  const visitor = await stack.newPage();
  await visitor.goto(`${stack.demo.url}/ville/`);
  const list = visitor.locator('plateformcoop-signatories [part="list"]').first();
  await expect.poll(() => list.getByText('Roubaix').count()).toBe(1);

  // Its entry leads to its certificate on the registry, which names it and says it stands.
  await list.getByRole('link', { name: 'Certificat, Roubaix' }).click();
  await visitor.waitForURL(/\/certificates\/[\w-]+$/);
  await expect
    .poll(() => visitor.getByRole('heading', { level: 1 }).textContent())
    .toBe('Certificat de signature');
  expect(await visitor.locator('main').textContent()).toContain('Roubaix');
});
