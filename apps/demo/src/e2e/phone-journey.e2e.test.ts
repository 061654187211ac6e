import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../browser/axe.js';
import { widgetsSettled } from '../browser/widgets-settled.js';
import { readOutbox, waitForActionLink } from '../registry/outbox.js';
import { acceptToSign, sentRecap, signatureForm, submit } from './signature-form.js';
import { type Stack, startStack } from './stack.js';

/**
 * A citizen's whole journey on a phone (375 px): the town's page, the form and its recap, each
 * mail, each link's page before and after its button. Nothing on the way scrolls sideways.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const PHONE = { width: 375, height: 740 };
const ADDRESS = 'camille.telephone@example.org';

/** The page's width against the window's: the whole page fits, or says how wide it is. */
async function fits(page: Page, what: string): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: innerWidth,
  }));
  expect(scroll, `${what} is ${scroll} px wide`).toBeLessThanOrEqual(inner);
}

/** The newest mail to the address, its HTML shown as a mail client would, at 375 px. */
async function openLastMail(what: string): Promise<string> {
  const mails = (await readOutbox(stack.outbox)).filter((m) => m.to.includes(ADDRESS));
  const mail = mails.at(-1)!;
  const page = await stack.newPage({ viewport: PHONE });
  await page.setContent(mail.html);
  await fits(page, `the ${what} mail`);
  await page.close();
  return mail.subject;
}

/** Opens a mail link's page at 375 px, presses its button, and returns what the page says. */
async function pressLink(action: 'confirm' | 'withdraw'): Promise<string> {
  // axe is injected into the page, whose strict CSP would refuse it otherwise.
  const page = await stack.newPage({ viewport: PHONE, bypassCSP: true });
  await page.goto(await waitForActionLink(stack.outbox, ADDRESS, action));
  await fits(page, `the ${action} page`);
  await page.getByRole('button').click();
  await page.waitForFunction(() => !document.getElementById('act'));
  await fits(page, `the ${action} page, done`);
  expect(describeViolations(await axeViolations(page))).toEqual([]);
  return (await page.getByRole('status').textContent()) ?? '';
}

test('a citizen signs, confirms and withdraws on a phone: no page and no mail scrolls sideways', async () => {
  const page = await stack.newPage({ viewport: PHONE });
  await page.goto(`${stack.demo.url}/val-de-demo/`);
  await widgetsSettled(page);
  await fits(page, 'the town’s page');
  const form = signatureForm(page);
  await form.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Camille');
  await form.getByRole('textbox', { name: 'Nom', exact: true }).fill('Téléphone');
  await form.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(ADDRESS);
  await acceptToSign(form);
  await submit(form);
  const sent = await sentRecap(form);
  expect(await sent.textContent()).toContain(ADDRESS);
  await fits(page, 'the form’s recap');

  expect(await openLastMail('confirmation')).toBe(
    'Confirmez votre signature du manifeste PlateformCoop',
  );
  expect(await pressLink('confirm')).toMatch(/^Merci ! Votre signature est confirmée et publiée\./);
  expect(await openLastMail('confirmed')).toBe(
    'Votre signature du manifeste PlateformCoop est confirmée',
  );
  expect(await pressLink('withdraw')).toMatch(/^Votre signature est retirée/);
  expect(await openLastMail('withdrawn')).toBe(
    'Votre signature du manifeste PlateformCoop est retirée',
  );
});
