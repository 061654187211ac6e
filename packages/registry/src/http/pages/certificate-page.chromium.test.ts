import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFor } from '@plateformcoop/signature';
import type { AxeResults } from 'axe-core';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import { type RunningRegistry, serveRegistry } from '../../serve.js';
import { publishCitizen } from '../../test/publish-over-http.js';
import { OutboxMailer, tokenIn } from '../../test/test-registry.js';

// A certificate's page in Debian's Chromium, published then withdrawn, in both languages:
// axe-core finds no violation, the page's CSP blocks nothing it ships, and printed (Chromium's
// own print to PDF, on A4) it holds on one page.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses other scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('a certificate page in Chromium', () => {
  let running: RunningRegistry;
  const outbox = new OutboxMailer();
  const email = 'certificat.chromium@example.org';
  let id: string;

  beforeAll(async () => {
    running = await serveRegistry({
      env: {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pc-certificate-chromium-')),
        PORT: '0',
        REGISTRY_SECRET: 'certificate-secret-0123456789abcdef01234',
        POW_COST: '1',
      },
      mailer: outbox,
      log: () => {},
    });
    id = await publishCitizen(running, outbox, email);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('passes axe-core published and withdrawn, in French and English, and prints on one A4 page', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      for (const state of ['published', 'withdrawn'] as const) {
        if (state === 'withdrawn') {
          const answer = await fetch(`${running.url}/v1/withdrawals`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token: tokenIn(outbox.to(email).at(-1), 'withdraw') }),
          });
          expect(answer.status).toBe(200);
        }
        for (const locale of ['fr', 'en'] as const) {
          const context = await browser.newContext({
            locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
          });
          const page = await context.newPage();
          const problems: string[] = [];
          page.on('console', (m) => problems.push(m.text()));
          page.on('pageerror', (e) => problems.push(e.message));
          await page.goto(`${running.url}/certificates/${id}`);
          await page
            .getByRole('heading', { level: 1, name: messageFor('page.certificate.title', locale) })
            .waitFor();
          const stateText = await page.locator('.state').textContent();
          if (state === 'published')
            expect(stateText).toBe(messageFor('page.certificate.state.published', locale));
          else expect(stateText).toMatch(/withdrawn on|retirée le/);
          expect(
            await page
              .getByRole('img', { name: messageFor('page.certificate.qr', locale) })
              .count(),
          ).toBe(1);
          const violations = await axeViolations(page);
          expect({ state, locale, violations, problems }).toEqual({
            state,
            locale,
            violations: [],
            problems: [],
          });
          if (state === 'published' && locale === 'fr') {
            const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
            const dir = mkdtempSync(join(tmpdir(), 'pc-certificate-print-'));
            writeFileSync(join(dir, 'printed.pdf'), pdf);
            const info = execFileSync('pdfinfo', [join(dir, 'printed.pdf')], { encoding: 'utf8' });
            expect(info).toMatch(/^Pages:\s+1$/m);
            expect(info).toMatch(/^Page size:.*\(A4\)$/m);
          }
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  }, 90_000);
});
