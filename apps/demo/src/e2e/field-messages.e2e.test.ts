import { type MessageCode, messageFor } from '@plateformcoop/signature';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  acceptToSign,
  chooseKind,
  fieldDescription,
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

/** A wrong value typed into one field, and the catalogue's code for what is wrong. */
interface Case {
  kind: 'collectivity' | 'platform' | 'organization' | 'individual';
  label: { fr: RegExp; en: RegExp };
  value: string;
  code: MessageCode;
}

const CASES: Case[] = [
  {
    kind: 'collectivity',
    label: { fr: /^Prénom( \*)?$/, en: /^Given name( \*)?$/ },
    value: '',
    code: 'field.required',
  },
  {
    kind: 'collectivity',
    label: { fr: /^Nom( \*)?$/, en: /^Family name( \*)?$/ },
    value: '',
    code: 'field.required',
  },
  {
    kind: 'collectivity',
    label: { fr: /^Adresse e-mail/, en: /^E-mail address/ },
    value: 'pas-une-adresse',
    code: 'email.invalid',
  },
  {
    kind: 'collectivity',
    label: { fr: /^Téléphone/, en: /^Phone/ },
    value: '12',
    code: 'phone.invalid',
  },
  {
    kind: 'platform',
    label: { fr: /^Nom de la plateforme/, en: /^Name of the platform/ },
    value: '',
    code: 'field.required',
  },
  {
    kind: 'platform',
    label: { fr: /^Site web/, en: /^Website/ },
    value: 'http://velos.example',
    code: 'website.https',
  },
  { kind: 'platform', label: { fr: /^SIREN/, en: /^SIREN/ }, value: '12345', code: 'siren.format' },
  {
    kind: 'platform',
    label: { fr: /^SIREN/, en: /^SIREN/ },
    value: '123456789',
    code: 'siren.checksum',
  },
  {
    kind: 'individual',
    label: { fr: /^Code postal/, en: /^Postcode/ },
    value: '5900',
    code: 'postal_code.format',
  },
  {
    kind: 'individual',
    label: { fr: /^Adresse e-mail/, en: /^E-mail address/ },
    value: 'a@b',
    code: 'email.invalid',
  },
];

describe.each([
  { locale: 'fr' as const, path: '/ville/' },
  { locale: 'en' as const, path: '/ville/en/' },
])('on the $locale page', ({ locale, path }) => {
  test('each invalid field shows the catalogue message in the page language once left', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.demo.url}${path}`);
    const form = signatureForm(page);
    for (const c of CASES) {
      await chooseKind(form, c.kind, locale === 'fr');
      const field = form.getByLabel(c.label[locale]);
      await field.fill(c.value);
      await field.blur();
      await expect
        .poll(() => fieldDescription(field), { message: `${c.kind} ${c.label[locale]}` })
        .toContain(messageFor(c.code, locale));
    }
    // Fixing a field clears its message.
    await chooseKind(form, 'individual', locale === 'fr');
    const postalCode = form.getByLabel(CASES.at(-2)!.label[locale]);
    await postalCode.fill('59000');
    await expect
      .poll(() => fieldDescription(postalCode))
      .not.toContain(messageFor('postal_code.format', locale));
  });

  test('required boxes left unticked are listed in the summary on submit', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.demo.url}${path}`);
    const form = signatureForm(page);
    await chooseKind(form, 'platform', locale === 'fr');
    await submit(form, locale === 'fr');
    const summary = form.locator('[part="summary"]');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    // Each entry names its field, then the issue (in lower case after the colon).
    for (const code of [
      'consent.required',
      'representative.authorisation_required',
      'field.required',
    ] as const)
      expect(text).toContain(afterColon(messageFor(code, locale)));
    expect(text).toContain(
      locale === 'fr'
        ? `Nom de la plateforme : ${afterColon(messageFor('field.required', 'fr'))}`
        : `Name of the platform: ${afterColon(messageFor('field.required', 'en'))}`,
    );
  });
});

/** A message as the summary shows it after a field's name: its first letter in lower case. */
const afterColon = (message: string) =>
  /^\p{Lu}\p{Ll}/u.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;

test('an invalid SIREN never reaches the server', async () => {
  const page = await stack.newPage();
  const posted: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posted.push(r.url());
  });
  await page.goto(`${stack.demo.url}/ville/`);
  const form = signatureForm(page);
  await chooseKind(form, 'platform');
  await form.getByLabel(/^Nom de la plateforme/).fill('Vélos Démo');
  await form.getByLabel(/^Site web/).fill('https://velos-demo.example');
  await form.getByLabel(/^Secteur/).selectOption({ index: 1 });
  await form.getByLabel(/^SIREN/).fill('123456789');
  await fillRepresentative(form, {
    givenName: 'Alex',
    familyName: 'Test',
    role: 'president',
    email: 'siren.e2e@example.org',
  });
  await acceptToSign(form);
  await submit(form);
  const summary = form.locator('[part="summary"]');
  await summary.waitFor();
  expect(await summary.textContent()).toContain(
    `SIREN : ${afterColon(messageFor('siren.checksum', 'fr'))}`,
  );
  expect(posted).toEqual([]);
  expect(await stack.client.adminList('pending_confirmation')).toEqual([]);
});
