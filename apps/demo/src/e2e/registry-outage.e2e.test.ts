import { afterAll, beforeAll, expect, test } from 'vitest';
import { followMailLink } from './mail-link.js';
import { acceptToSign, chooseKind, sentRecap, signatureForm, submit } from './signature-form.js';
import { type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test('with the registry down, the form keeps what was typed and succeeds on retry once it is back', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/ville/`);
  const form = signatureForm(page);
  await chooseKind(form, 'individual');
  const typed = {
    '^Prénom': 'Dominique',
    '^Nom( \\*)?$': 'Panne',
    '^Adresse e-mail': 'panne.e2e@example.org',
    '^Code postal': '59800',
  };
  for (const [label, value] of Object.entries(typed))
    await form.getByLabel(new RegExp(label)).fill(value);
  await acceptToSign(form);

  await stack.stopRegistry();
  await submit(form);
  const alert = form.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Ce que vous avez saisi est conservé.');
  for (const [label, value] of Object.entries(typed))
    expect(await form.getByLabel(new RegExp(label)).inputValue()).toBe(value);
  expect(await form.getByLabel(/^Je signe le manifeste/).isChecked()).toBe(true);

  await stack.restartRegistry();
  await submit(form); // the button now says "Réessayer"
  await sentRecap(form);
  const confirmation = await followMailLink(stack, 'panne.e2e@example.org', 'confirm');
  expect(confirmation.ok).toBe(true);
  expect((await stack.client.counter('plateformcoop-2023')).byKind.individual).toBe(1);
});
