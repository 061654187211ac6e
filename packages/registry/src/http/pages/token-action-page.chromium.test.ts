import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFor } from '@plateformcoop/signature';
import type { Challenge } from 'altcha-lib';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import type { MailMessage } from '../../mail/mailer.js';
import { type RunningRegistry, serveRegistry } from '../../serve.js';
import { solveAltcha } from '../../test/solve-challenge.js';
import { ADMIN_TOKEN, type EditableBody, OutboxMailer, tokenIn } from '../../test/test-registry.js';
import { submissionExamples } from '../openapi/examples.js';

// The mails and the mail links' pages in Debian's Chromium, at a phone's 375 px: each page's
// inline script runs under its CSP, its button posts the token, and the page then states the
// outcome with the button gone; every mail of a signature's life renders without sideways
// scrolling, with a real button whose address is written out under it; axe finds nothing.

const M = 'plateformcoop-2023';
const PHONE = { width: 375, height: 740 };

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's WCAG A/AA rules, and for a page its best practices too (a mail is no page: it has
 * no main landmark nor first-level heading of its own inside a webmail).
 */
async function axeViolations(page: Page, kind: 'page' | 'mail' = 'page'): Promise<string[]> {
  await page.evaluate(axeSource);
  const tags = [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    ...(kind === 'page' ? ['best-practice'] : []),
  ];
  const results = await page.evaluate(
    (values) =>
      (
        window as unknown as {
          axe: { run(c: Document, o: object): Promise<AxeResults> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values } }),
    tags,
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > innerWidth);

describe('mails and mail links’ pages at 375 px in Chromium', () => {
  let running: RunningRegistry;
  let browser: Browser;
  const outbox = new OutboxMailer();
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-pages-'));
    running = await serveRegistry({
      env: {
        DATA_DIR: dir,
        PORT: '0',
        REGISTRY_SECRET: 'pages-secret-0123456789abcdef0123456789',
        POW_COST: '1',
        RATE_LIMIT_PER_HOUR: '0',
        ADMIN_TOKEN,
      },
      mailer: outbox,
      log: () => {},
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function sign(
    kind: keyof typeof submissionExamples,
    change: (body: EditableBody) => void = () => {},
  ) {
    const base = running.url;
    const challenge = (await (
      await fetch(`${base}/v1/manifestos/${M}/challenge`)
    ).json()) as Challenge;
    const body = structuredClone(submissionExamples[kind]) as EditableBody;
    change(body);
    const response = await fetch(`${base}/v1/manifestos/${M}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, altcha: await solveAltcha(challenge) }),
    });
    expect(response.status).toBe(202);
    await running.registry.idle();
    return (await response.json()) as { id: string };
  }

  /** Opens a mail's link at 375 px, presses its button, and returns what the page then says. */
  async function press(mail: MailMessage | undefined, action: 'confirm' | 'withdraw') {
    const page = await browser.newPage({ viewport: PHONE });
    const problems: string[] = [];
    page.on('console', (m) => problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${running.url}/${action}?token=${encodeURIComponent(tokenIn(mail, action))}`);
    expect(await scrollsSideways(page), `${action} page`).toBe(false);
    expect(await axeViolations(page), `${action} page`).toEqual([]);
    await page.getByRole('button').click();
    const status = page.getByRole('status');
    await page.waitForFunction(() => !document.getElementById('act'));
    const said = (await status.textContent()) ?? '';
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page), `${action} page, done`).toEqual([]);
    expect(problems).toEqual([]);
    return { page, said };
  }

  /** A mail's HTML at 375 px: no sideways scrolling; its button's address written out under it. */
  async function render(mail: MailMessage) {
    const page = await browser.newPage({ viewport: PHONE });
    await page.setContent(mail.html);
    expect(await scrollsSideways(page), mail.subject).toBe(false);
    expect(await axeViolations(page, 'mail'), mail.subject).toEqual([]);
    const links = await page
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })),
      );
    for (const { href } of links) expect(() => new URL(href!), mail.subject).not.toThrow();
    await page.close();
    return links;
  }

  it('confirms and withdraws by the buttons, stating each outcome; every mail fits a phone', async () => {
    await sign('individual', (b) => {
      b.signedFrom = 'https://www.ville.example/manifeste';
    });
    const address = 'sacha.exemple@example.org';
    const confirmation = outbox.to(address).at(-1)!;
    const [button, written] = await render(confirmation);
    expect(button).toEqual({
      href: written!.href,
      text: messageFor('mail.confirm.button', 'fr'),
    });
    expect(written!.text).toBe(written!.href);

    const confirmed = await press(confirmation, 'confirm');
    expect(confirmed.said).toBe(
      `${messageFor('page.confirm.done.published', 'fr')} ${messageFor('page.confirm.mailed', 'fr')}`,
    );
    expect(await confirmed.page.textContent('body')).not.toContain(
      messageFor('page.confirm.intro', 'fr', { campaign: 'PlateformCoop' }),
    );
    const back = confirmed.page.getByRole('link', { name: messageFor('page.back', 'fr') });
    expect(await back.getAttribute('href')).toBe('https://www.ville.example/manifeste');
    await running.registry.idle();
    await render(outbox.to(address).at(-1)!);

    const withdrawn = await press(outbox.to(address).at(-1), 'withdraw');
    expect(withdrawn.said).toBe(
      `${messageFor('page.withdraw.done', 'fr')} ${messageFor('page.withdraw.mailed', 'fr')}`,
    );
    await running.registry.idle();
    const acknowledgement = outbox.to(address).at(-1)!;
    expect(acknowledgement.subject).toBe(
      messageFor('mail.withdrawn.subject', 'fr', { campaign: 'PlateformCoop' }),
    );
    await render(acknowledgement);
  }, 90_000);

  it('renders a collectivity’s mails (moderated, published, rejected) and a platform’s badge mail', async () => {
    const town = 'camille.exemple@example.org';
    const { id } = await sign('collectivity');
    const confirmation = outbox.to(town).at(-1)!;
    expect(confirmation.text).toContain(messageFor('mail.confirm.next.moderated', 'fr'));
    await render(confirmation);
    const { said } = await press(confirmation, 'confirm');
    expect(said).toContain(messageFor('page.confirm.done.moderated', 'fr'));
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    await fetch(`${running.url}/v1/admin/signatures/${id}/publish`, {
      method: 'POST',
      headers: admin,
      body: '{}',
    });
    await fetch(`${running.url}/v1/admin/signatures/${id}/reject`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        reason: 'Une raison assez longue pour voir qu’elle passe à la ligne.',
      }),
    });
    await running.registry.idle();
    const subjects = outbox.to(town).map((m) => m.subject);
    expect(subjects).toEqual([
      'Confirmez votre signature du manifeste PlateformCoop',
      'Votre signature du manifeste PlateformCoop est confirmée',
      'Votre signature du manifeste PlateformCoop est publiée',
      'Votre signature du manifeste PlateformCoop n’a pas été publiée',
    ]);
    for (const mail of outbox.to(town)) await render(mail);

    await sign('platform');
    const platform = outbox.to('contact@velo-partage.example.org');
    await press(platform.at(-1), 'confirm');
    await running.registry.idle();
    const mails = outbox.to('contact@velo-partage.example.org');
    const badge = mails.find((m) => m.subject.includes('badge'))!;
    expect(badge).toBeDefined();
    for (const mail of mails) await render(mail);
    // The snippets are code to copy: no link in them (16.9: five broken ones per mail).
    expect(await render(badge)).toEqual([]);
    expect(badge.html).toMatch(/&#60;plateformcoop-badge platform=&#34;[a-z-]+&#34;/);
  }, 90_000);
});
