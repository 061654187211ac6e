import {
  apiPath,
  COUNTER_PATH,
  type Counter,
  plateformcoop2023,
  platforms,
} from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../browser/axe.js';
import { widgetsSettled } from '../browser/widgets-settled.js';
import { seedDemoSignaturesThroughApi } from '../start/demo-signatures.js';
import { type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // The same demonstration data as `npm start`: lists, counters and the badge have content.
  await seedDemoSignaturesThroughApi(stack.client, stack.outbox);
});
afterAll(() => stack?.close());

/** Every page of the demo, by its address under the demo server. */
const PAGES = [
  '/',
  '/ville/',
  '/ville/en/',
  '/val-de-demo/',
  '/manifeste/',
  'platform:/plateforme/',
  '/plateforme-copie/',
  '/cms/',
  '/developpeurs/',
  '/robustesse/',
  '/robustesse/temoin/',
];
// `/iframe/`, whose frames are registry pages, is checked by iframe-fallback.e2e.test.ts.

describe('axe-core finds no violation', () => {
  test.each(PAGES)('on %s', async (path) => {
    const page = await stack.newPage();
    const url = path.startsWith('platform:')
      ? `${stack.demo.platformUrl}${path.slice('platform:'.length)}`
      : `${stack.demo.url}${path}`;
    await page.goto(url);
    await widgetsSettled(page);
    if (path === '/developpeurs/') {
      // With its result shown too.
      await page.getByRole('button', { name: 'Exemple avec erreurs' }).click();
      await page.locator('#result li').first().waitFor();
    }
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });
});

describe('at 320 px wide, nothing scrolls sideways, and the tab shows the favicon', () => {
  test.each([...PAGES, '/iframe/'])('on %s', async (path) => {
    const page = await stack.newPage({ viewport: { width: 320, height: 800 } });
    const url = path.startsWith('platform:')
      ? `${stack.demo.platformUrl}${path.slice('platform:'.length)}`
      : `${stack.demo.url}${path}`;
    await page.goto(url);
    await widgetsSettled(page);
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: innerWidth,
    }));
    expect(width.scroll, `${path} is ${width.scroll} px wide`).toBeLessThanOrEqual(width.inner);
    // Fetched by the page itself, which knows the platform's host name.
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
      const answer = await fetch(href);
      return { href, status: answer.status, type: answer.headers.get('content-type') };
    });
    expect(icon).toMatchObject({ status: 200, type: 'image/svg+xml' });
  });
});

test('the manifesto page has the signature form right under « Signez ici ! »', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/manifeste/`);
  await widgetsSettled(page);
  const call = page.getByText('Signez ici !', { exact: true });
  expect(await call.evaluate((p) => p.nextElementSibling?.localName)).toBe(
    'plateformcoop-signature-form',
  );
  // Its title one level below the section's heading (h3), the platform's kind chosen.
  const form = page.locator('plateformcoop-signature-form');
  await expect
    .poll(() => form.getByRole('heading', { level: 4, name: 'Signer le manifeste' }).count())
    .toBe(1);
  expect(await form.getByRole('radio', { name: 'Plateforme coopérative' }).isChecked()).toBe(true);
});

test('the CMS page mounts every widget from plain <div data-plateformcoop> blocks', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/cms/`);
  await widgetsSettled(page);
  const mounted = await page.$$eval('[data-plateformcoop]', (divs) =>
    divs.map((d) => [d.getAttribute('data-plateformcoop'), d.firstElementChild?.localName]),
  );
  expect(mounted).toEqual([
    ['counter', 'plateformcoop-counter'],
    ['signatories', 'plateformcoop-signatories'],
    ['signature-form', 'plateformcoop-signature-form'],
  ]);
  const list = page.locator('plateformcoop-signatories [part="list"]');
  await expect.poll(() => list.getByText('Douai').count()).toBe(1);
  // A founding commune, recorded from its council's (fictional) deliberation.
  const douai = list.getByRole('listitem').filter({ hasText: 'Douai' });
  expect(await douai.textContent()).toContain('par délibération du 2 octobre 2023');
});

test('the Val-de-Démo page counts the second campaign, defined by a file, apart', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/val-de-demo/`);
  await widgetsSettled(page);
  const pact = page.locator('plateformcoop-counter[manifesto="pacte-val-de-demo-2026"]');
  const main = page.locator('plateformcoop-counter:not([manifesto]) [part="number"]');
  await expect.poll(() => pact.locator('[part="number"]').textContent()).toBe('1');
  expect(Number((await main.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(1);
});

test('the manifesto page has the text of the model, its commitments, and a card per platform', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/manifeste/`);
  await widgetsSettled(page);
  const text = plateformcoop2023.texts.fr;
  expect(await page.locator('h1').textContent()).toBe(text.title);
  for (const section of text.sections) {
    if (section.heading)
      expect(await page.locator(`#${section.id}`).textContent()).toBe(section.heading);
  }
  expect(await page.locator('.commitments li').count()).toBe(plateformcoop2023.commitments.length);
  const names = await page.locator('plateformcoop-platform-card [part="name"]').allTextContents();
  expect(names).toEqual(platforms.map((p) => p.name));
});

test('the manifesto page shows the map: the signatories’ départements shaded, the same figures in its table', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/manifeste/`);
  await widgetsSettled(page);
  const counter = await stack.client.get<Counter>(
    apiPath(COUNTER_PATH, { id: plateformcoop2023.id }),
  );
  const map = page.locator('plateformcoop-map');
  // Douai and Valenciennes are in Nord (59), Arras in Pas-de-Calais (62); Lozère has no signatory.
  const shadeOf = (code: string) => map.locator(`path[data-code="${code}"]`).getAttribute('class');
  expect(await shadeOf('59')).toMatch(/^s[1-5]$/);
  expect(await shadeOf('62')).toMatch(/^s[1-5]$/);
  expect(await shadeOf('48')).toBe('s0');
  expect(await map.locator('path[data-code]').count()).toBe(101);
  const nord = counter.byDepartement['59']!;
  expect(nord).toBeGreaterThanOrEqual(2);
  await expect
    .poll(() => map.getByRole('img', { name: `Nord (59) : ${nord} signatures` }).count())
    .toBe(1);
  await map.getByText('Voir les chiffres en tableau').click();
  const table = map.getByRole('table', { name: 'Signatures par département' });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())),
    );
  expect(Object.fromEntries(rows.map(([, code, count]) => [code, Number(count)]))).toEqual(
    counter.byDepartement,
  );
  expect(await map.getByText('CC BY 4.0').count()).toBe(1);
  expect(describeViolations(await axeViolations(page))).toEqual([]);
});

test('the developer page validates pasted JSON with the signature core, in both languages', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}/developpeurs/`);
  const input = page.getByLabel('Soumission (JSON)');
  const result = page.locator('#result');
  const validate = page.getByRole('button', { name: 'Valider' });

  await input.fill('{ "manifestoId": ');
  await validate.click();
  await expect.poll(() => result.textContent()).toMatch(/^Ce n'est pas du JSON valide/);

  await page.getByRole('button', { name: 'Exemple avec erreurs' }).click();
  const text = (await result.textContent()) ?? '';
  expect(text).toContain('siren.checksum');
  expect(text).toContain(messageFor('siren.checksum', 'fr'));
  expect(text).toContain(messageFor('website.https', 'fr'));
  await page.getByLabel('Langue des messages').selectOption('en');
  expect(await result.textContent()).toContain(messageFor('siren.checksum', 'en'));

  await page.getByRole('button', { name: 'Exemple valide' }).click();
  expect(await result.textContent()).toMatch(/^The submission is valid/);
});

test('the two towns theme the same widgets in their own colours', async () => {
  const colours: Record<string, string> = {};
  for (const path of ['/ville/', '/val-de-demo/']) {
    const page = await stack.newPage();
    await page.goto(`${stack.demo.url}${path}`);
    await widgetsSettled(page);
    colours[path] = await page
      .locator('plateformcoop-signature-form [part="submit"]')
      .evaluate((button) => getComputedStyle(button).backgroundColor);
  }
  expect(colours).toEqual({ '/ville/': 'rgb(11, 79, 108)', '/val-de-demo/': 'rgb(122, 50, 16)' });
});
