import { labelOf } from '@plateformcoop/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PLATFORM } from '../start/demo-signatures.js';
import { followMailLink } from './mail-link.js';
import {
  acceptToSign,
  chooseKind,
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

/** What the badge says once it finished checking, on a fresh visit (no cached answer). */
async function badgeSays(url: string): Promise<string> {
  const page = await stack.newPage();
  await page.goto(url);
  const verdict = page.locator('plateformcoop-badge [part="base"]:not([aria-busy])');
  await verdict.waitFor();
  const text = (await verdict.textContent()) ?? '';
  await page.context().close();
  return text.replace(/\s+/g, ' ').trim();
}

function platformCounter(page: Page) {
  return page.locator('plateformcoop-counter[kind="platform"] [part="number"]');
}

test('a platform signs and confirms; its badge verifies on its own site only; withdrawal revokes it and the counters go down', async () => {
  const manifesto = await stack.newPage();
  await manifesto.goto(`${stack.demo.url}/manifeste/`);
  await expect.poll(() => platformCounter(manifesto).textContent()).toBe('0');

  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/ville/`);
  const form = signatureForm(page);
  await chooseKind(form, 'platform');
  await form.getByLabel(/^Nom de la plateforme/).fill(DEMO_PLATFORM.name);
  await form.getByLabel(/^Site web/).fill(DEMO_PLATFORM.website);
  await form
    .getByLabel(/^Secteur/)
    .selectOption({ label: labelOf('platformSector', 'livraison', 'fr') });
  await fillRepresentative(form, {
    givenName: 'Alex',
    familyName: 'Coursière',
    role: 'co-fondateur',
    email: DEMO_PLATFORM.email,
  });
  await acceptToSign(form);
  await submit(form);
  await sentRecap(form);

  const confirmation = await followMailLink(stack, DEMO_PLATFORM.email, 'confirm');
  expect(confirmation.ok).toBe(true);
  // A platform is published on confirmation: the open manifesto page counts it live.
  await expect.poll(() => platformCounter(manifesto).textContent()).toBe('1');

  expect(await badgeSays(`${stack.demo.platformUrl}/plateforme/`)).toMatch(
    /^Signataire du manifeste PlateformCoop Les Coursiers de la Deûle a signé le manifeste le .+ Signature vérifiée\.$/,
  );
  // The same markup on a site that is not the platform's.
  expect(await badgeSays(`${stack.demo.url}/plateforme-copie/`)).toBe(
    'Signature du manifeste PlateformCoop non vérifiée',
  );

  const withdrawal = await followMailLink(stack, DEMO_PLATFORM.email, 'withdraw');
  expect(withdrawal.ok).toBe(true);
  expect(await badgeSays(`${stack.demo.platformUrl}/plateforme/`)).toBe(
    'Signature du manifeste PlateformCoop non vérifiée',
  );
  await expect.poll(() => platformCounter(manifesto).textContent()).toBe('0');
  const total = manifesto.locator('plateformcoop-counter:not([kind]) [part="number"]');
  await expect.poll(() => total.textContent()).toBe('0');
});
