import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Challenge } from 'altcha-lib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import type { MailMessage } from '../../mail/mailer.js';
import { type RunningRegistry, serveRegistry } from '../../serve.js';
import { solveAltcha } from '../../test/solve-challenge.js';
import { OutboxMailer, tokenIn } from '../../test/test-registry.js';
import { submissionExamples } from '../openapi/examples.js';

// The mail link's page in Debian's Chromium: its inline script runs under the page's CSP, its
// button posts the token, and only then is the signature confirmed (then withdrawn).

const M = 'plateformcoop-2023';

describe('confirmation and withdrawal pages in Chromium', () => {
  let running: RunningRegistry;
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
      },
      mailer: outbox,
      log: () => {},
    });
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('confirms only when the button is pressed, then withdraws the same way', async () => {
    const base = running.url;
    const challenge = (await (
      await fetch(`${base}/v1/manifestos/${M}/challenge`)
    ).json()) as Challenge;
    const body = { ...submissionExamples.individual, altcha: await solveAltcha(challenge) };
    const response = await fetch(`${base}/v1/manifestos/${M}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(202);
    await running.registry.idle();
    const total = async () =>
      ((await (await fetch(`${base}/v1/manifestos/${M}/counter`)).json()) as { total: number })
        .total;

    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      const open = async (mail: MailMessage | undefined, action: 'confirm' | 'withdraw') => {
        await page.goto(`${base}/${action}?token=${encodeURIComponent(tokenIn(mail, action))}`);
        await page.click('#act');
        await page.waitForFunction(
          () => (document.getElementById('status')?.textContent ?? '').length > 2,
        );
        return page.textContent('#status');
      };

      await page.goto(
        `${base}/confirm?token=${encodeURIComponent(tokenIn(outbox.sent[0], 'confirm'))}`,
      );
      expect(await total()).toBe(0);
      expect(await open(outbox.sent[0], 'confirm')).toMatch(/confirmée/);
      expect(await total()).toBe(1);
      await running.registry.idle();
      expect(await open(outbox.sent.at(-1), 'withdraw')).toMatch(/retirée/);
      expect(await total()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
