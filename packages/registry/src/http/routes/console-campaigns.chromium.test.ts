import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import {
  type ListeningRegistry,
  startListeningRegistry,
  TOWNS,
} from '../../test/console-fixture.js';
import { dropTestDatabase, testDatabases } from '../../test/databases.js';
import { ADMIN_TOKEN, tokenIn } from '../../test/test-registry.js';
import { consoleFolder } from './console-routes.js';

// The console of a registry that serves two campaigns (MANIFESTOS_DIR): every section works on
// the manifesto chosen in the header. A real registry on 127.0.0.1, Debian's Chromium.

const EXAMPLES = join(new URL('../../../examples/manifestos/', import.meta.url).pathname);
const CHARTER = 'charte-plateformes-en-communs-2026';

describe('the moderation console of a registry with several campaigns, in Chromium', () => {
  const database = testDatabases()[0]!;
  let r: ListeningRegistry;
  let browser: Browser;

  beforeAll(async () => {
    if (!consoleFolder()) throw new Error('dist/console is missing: run `npm run build` first');
    r = await startListeningRegistry(database, { manifestosDir: EXAMPLES });
    await r.confirmedTown('roubaix'); // the reference manifesto
    // Amiens signs the charter, which has a moderator check collectivities too.
    const { email, ...collectivity } = TOWNS.amiens;
    const body = r.example('collectivity', (b) => {
      Object.assign(b.signatory.collectivity, collectivity);
      b.signatory.representative.email = email;
      b.manifestoId = CHARTER;
      b.commitments = [];
      delete b.manifestoHash;
    });
    const signed = await r.post(`/v1/manifestos/${CHARTER}/signatures`, {
      ...body,
      altcha: await r.altcha(),
    });
    expect(signed.status).toBe(202);
    await r.registry.idle();
    await r.post('/v1/confirmations', { token: tokenIn(r.outbox.to(email).at(-1), 'confirm') });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await r?.stop();
    await dropTestDatabase(database);
  });

  it('moderates each manifesto apart, chosen in the header', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${r.url}/admin/`);
    await page.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Signatures à modérer' }).waitFor();
    const towns = () => page.locator('pc-queue-view article h3').allTextContents();
    await expect.poll(towns).toEqual(['Roubaix']);
    await page.getByLabel('Manifeste').selectOption(CHARTER);
    await expect.poll(towns).toEqual(['Amiens']);
    // The search, too, is the chosen manifesto's.
    await page.getByRole('link', { name: 'Toutes les signatures' }).click();
    await page.getByRole('heading', { name: 'Toutes les signatures' }).waitFor();
    await expect.poll(() => page.locator('pc-search-view').textContent()).toContain('Amiens');
    expect(await page.locator('pc-search-view').textContent()).not.toContain('Roubaix');
    await context.close();
  }, 60_000);
});
