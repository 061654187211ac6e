import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import { runAdminsCommand } from '../../cli/admins.js';
import {
  type ListeningRegistry,
  startListeningRegistry,
  TOWNS,
} from '../../test/console-fixture.js';
import { dropTestDatabase, testDatabases } from '../../test/databases.js';
import { ADMIN_TOKEN, type EditableBody, MANIFESTO, tokenIn } from '../../test/test-registry.js';
import { consoleFolder } from './console-routes.js';

// The console, end to end: a real registry on 127.0.0.1 (SQLite; the API's tests cover
// PostgreSQL), Debian's Chromium, the built console of dist/console (`npm run build` first).

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG A/AA and best-practice rules on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the console's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const publicTotal = async (r: ListeningRegistry) =>
  ((await (await fetch(`${r.url}/v1/manifestos/${MANIFESTO}/counter`)).json()) as { total: number })
    .total;

describe('the moderation console in Chromium', () => {
  const database = testDatabases()[0]!;
  let r: ListeningRegistry;
  let browser: Browser;
  let ids: Record<'roubaix' | 'amiens' | 'arras', string>;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!consoleFolder()) throw new Error('dist/console is missing: run `npm run build` first');
    r = await startListeningRegistry(database);
    ids = {
      roubaix: await r.confirmedTown('roubaix'),
      amiens: await r.confirmedTown('amiens'),
      arras: await r.confirmedTown('arras'),
    };
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await r?.stop();
    await dropTestDatabase(database);
  });

  async function openConsole(width = 1024): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      // 403: the wrong token, on purpose. /widgets/: optional (the widgets package may be absent).
      if (m.type() !== 'error' || m.text().includes('403')) return;
      if (m.location().url.includes('/widgets/')) return;
      problems.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(`${r.url}/admin/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    return page;
  }

  async function signIn(page: Page, token = ADMIN_TOKEN): Promise<void> {
    await page.getByLabel('Jeton d’administration').fill(token);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('signs in, publishes, rejects with a reason, undoes, and exports', async () => {
    const page = await openConsole();
    expect(await axeViolations(page)).toEqual([]);

    await signIn(page, 'not-the-token');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Ce jeton n’est pas reconnu');
    await signIn(page);
    await page.getByRole('heading', { name: 'Signatures à modérer' }).waitFor();
    // The token is in this tab's sessionStorage only: no cookie, nothing in the URL.
    expect(await page.context().cookies()).toEqual([]);
    expect(page.url()).not.toContain(ADMIN_TOKEN);

    const cards = page.locator('pc-queue-view article');
    await expect
      .poll(() => cards.locator('h3').allTextContents())
      .toEqual(['Roubaix', 'Amiens', 'Arras']);
    const roubaix = cards.filter({ hasText: 'Roubaix' });
    await expect.poll(() => roubaix.textContent()).toContain('ville-roubaix.fr');
    expect(await roubaix.textContent()).toMatch(/Population\s*98\s?286/);
    expect(await axeViolations(page)).toEqual([]);

    const before = await publicTotal(r);
    await roubaix.getByRole('button', { name: /Publier/ }).click();

    const amiens = cards.filter({ hasText: 'Amiens' });
    await amiens.getByRole('button', { name: /Refuser/ }).click();
    const reason = 'Le signataire n’est pas élu d’Amiens : écrivez-nous depuis la mairie.';
    await page.getByLabel('Motif, envoyé par e-mail à la personne signataire').fill(reason);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Refuser et envoyer le motif' }).click();

    // Arras by keyboard: focus its card, P publishes, U undoes before it is sent.
    await cards.filter({ hasText: 'Arras' }).focus();
    await page.keyboard.press('p');
    await expect.poll(() => cards.locator('h3').allTextContents()).toEqual([]);
    await expect.poll(() => page.locator('.undo-bar li').count()).toBe(3);
    await page.keyboard.press('u');
    await expect.poll(() => cards.locator('h3').allTextContents()).toEqual(['Arras']);

    // Nothing reached the registry yet; after the undo delay, the two decisions did.
    expect(await publicTotal(r)).toBe(before);
    await expect.poll(() => publicTotal(r), { timeout: 12_000 }).toBe(before + 1);
    await expect.poll(() => page.locator('.undo-bar li').count(), { timeout: 12_000 }).toBe(0);
    await r.registry.idle();
    const mail = r.outbox.to(TOWNS.amiens.email).at(-1);
    expect(mail?.subject).toContain('n’a pas été publiée');
    expect(mail?.text).toContain(reason);
    expect(
      (await (
        await r.request(`/v1/admin/signatures/${ids.arras}`, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        })
      ).json()) as { item: { status: string } },
    ).toMatchObject({ item: { status: 'confirmed' } });

    // The detail of Amiens shows who rejected it, and why.
    await page.goto(`${r.url}/admin/#signature/${ids.amiens}`);
    const history = page.locator('ol.history');
    await expect.poll(() => history.textContent()).toContain(reason);
    expect(await history.textContent()).toMatch(/Refusée,\s*par admin/);

    // The campaign at a glance counts Roubaix.
    await page.getByRole('link', { name: 'La campagne' }).click();
    await expect.poll(() => page.locator('[data-figure="published"]').textContent()).toBe('1');
    expect(await page.locator('[data-figure="population"]').textContent()).toMatch(/98\s?286/);
    expect(await axeViolations(page)).toEqual([]);

    // Exports are buttons that download a file.
    await page.getByRole('link', { name: 'Exports et données' }).click();
    // The mail queue: how many wait, how many were given up.
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'E-mails en partance' })
          .getByText(/^\d+ en attente d’envoi .*, 0 abandonné/)
          .count(),
      )
      .toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Roubaix');
    expect(csv).not.toContain('ville-roubaix.fr');
    await page.getByRole('button', { name: 'Voir ce qui sera effacé' }).first().click();
    await expect.poll(() => page.getByText('Rien à effacer pour l’instant.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Jeton d’administration').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('signs a revoked moderator out with a clear message', async () => {
    const printed: string[] = [];
    await runAdminsCommand(r.registry.context.store, ['add', 'sacha'], (l) => printed.push(l));
    const page = await openConsole();
    await signIn(page, printed[0]);
    await page.getByText('Connecté·e en tant que sacha').waitFor();
    await runAdminsCommand(r.registry.context.store, ['revoke', 'sacha'], () => {});
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page.getByText('Votre jeton n’est plus accepté').waitFor();
    expect(await page.getByLabel('Jeton d’administration').isVisible()).toBe(true);
    await page.context().close();
  }, 30_000);

  it('works at 360 px with the keyboard alone', async () => {
    const page = await openConsole(360);
    // The token field has the focus on arrival.
    await page.locator('#token').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.keyboard.type(ADMIN_TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Signatures à modérer' }).waitFor();
    await expect
      .poll(() => page.locator('pc-queue-view article h3').allTextContents())
      .toEqual(['Arras']);
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // J focuses the first card; R opens its reject form with the reason focused.
    await page.keyboard.press('j');
    await page.keyboard.press('r');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('Écrivez un motif');
    for (const view of ['search', 'deliberation', 'overview', 'data']) {
      await page.goto(`${r.url}/admin/#${view}`);
      await page.locator('#view-title').waitFor();
      await page.waitForTimeout(300);
      expect(await overflow(), view).toBe(0);
      expect(await axeViolations(page), view).toEqual([]);
    }
    await page.context().close();
  }, 60_000);

  it('publishes several at once', async () => {
    await r.confirmedTown('tourcoing');
    const before = await publicTotal(r);
    const page = await openConsole();
    await signIn(page);
    const cards = page.locator('pc-queue-view article');
    await expect.poll(() => cards.locator('h3').allTextContents()).toEqual(['Arras', 'Tourcoing']);
    await page.getByLabel('Tout sélectionner').check();
    await page.getByRole('button', { name: 'Publier la sélection' }).click();
    await expect.poll(() => page.locator('.undo-bar li').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => publicTotal(r), { timeout: 12_000 }).toBe(before + 2);
    await expect.poll(() => page.getByText('Rien à modérer pour l’instant.').count()).toBe(1);
    await page.context().close();
  }, 30_000);

  it('shows the confirmed signatures of one town side by side, and publishes one', async () => {
    // A stranger and the town hall both sign and confirm Lille: a moderator chooses.
    const { email, ...lille } = TOWNS.lille;
    const signers = ['quelquun@example.net', email];
    for (const signer of signers) {
      const body = r.example('collectivity', (b: EditableBody) => {
        Object.assign(b.signatory.collectivity, lille);
        b.signatory.representative.email = signer;
      });
      expect((await r.sign(body)).status).toBe(202);
    }
    await r.registry.idle();
    const [squatter, townHall] = await Promise.all(
      signers.map(async (signer) => {
        const token = tokenIn(r.outbox.to(signer).at(-1), 'confirm');
        return ((await (await r.post('/v1/confirmations', { token })).json()) as { id: string }).id;
      }),
    );
    const page = await openConsole(1280);
    await signIn(page);
    const pair = page.getByRole('region', { name: /2 signatures pour Lille/ });
    await expect
      .poll(() => pair.locator('article h3').allTextContents())
      .toEqual(['Lille', 'Lille']);
    // Side by side: the two cards share a row.
    const boxes = await pair
      .locator('article')
      .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
    expect(boxes[0]).toBe(boxes[1]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await pair.locator(`article[data-id="${townHall}"]`).textContent()).toContain(
      'lille.example.fr',
    );
    // Once one is published, the other one says so, and the registry refuses to publish it too.
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    await r.post(`/v1/admin/signatures/${townHall}/publish`, {}, { headers: admin });
    await page.getByRole('button', { name: 'Actualiser' }).click();
    const left = page.locator(`pc-queue-view article[data-id="${squatter}"]`);
    await expect.poll(() => left.textContent()).toContain('déjà publiée');
    expect(await page.getByRole('region', { name: /signatures pour Lille/ }).count()).toBe(0);
    await page.goto(`${r.url}/admin/#signature/${squatter}`);
    await page.getByRole('heading', { name: 'Autres signatures pour cette structure' }).waitFor();
    expect(await page.locator('.competing-list a').allTextContents()).toContain(townHall);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 30_000);

  it('records a signature from a council’s deliberation, the commune chosen from the official list', async () => {
    const before = await publicTotal(r);
    const page = await openConsole();
    await signIn(page);
    await page.getByRole('link', { name: 'Saisir une délibération' }).click();
    await page
      .getByRole('heading', { name: 'Enregistrer une signature par délibération' })
      .waitFor();
    const commune = page.getByLabel('Collectivité (liste officielle)');
    await commune.fill('Douai');
    await expect
      .poll(() =>
        page
          .locator('#d-collectivities option')
          .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value)),
      )
      .toContain('Douai (59 · 59178)');
    await commune.fill('Douai (59 · 59178)');
    await page.getByLabel("Prénom de la personne qui l'a signée").fill('Dominique');
    await page
      .getByLabel("Nom de la personne qui l'a signée", { exact: false })
      .and(page.locator('#d-familyName'))
      .fill('Exemple');
    await page.getByLabel('Date de la délibération').fill('2023-11-20');
    await page.getByLabel('Référence de la délibération').fill('DEL-2023-114');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('enregistrée et publiée');
    expect(await publicTotal(r)).toBe(before + 1);
    const listed = (await (
      await fetch(`${r.url}/v1/manifestos/${MANIFESTO}/signatories?q=douai`)
    ).json()) as { items: { name: string; deliberation?: { date: string; reference: string } }[] };
    expect(listed.items[0]).toMatchObject({
      name: 'Douai',
      deliberation: { date: '2023-11-20', reference: 'DEL-2023-114' },
    });
    await page.context().close();
  }, 60_000);
});
