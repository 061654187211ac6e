import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFor } from '@plateformcoop/signature';
import type { AxeResults } from 'axe-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../../vitest.shared.ts';
import { type RunningRegistry, serveRegistry } from '../../serve.js';

// The root page in Debian's Chromium, in both languages: axe-core finds no WCAG A/AA or
// best-practice violation, and the page's own CSP blocks nothing it ships (no console error).

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe('the registry root page in Chromium', () => {
  let running: RunningRegistry;
  beforeAll(async () => {
    running = await serveRegistry({
      env: {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pc-home-chromium-')),
        PORT: '0',
        REGISTRY_SECRET: 'home-secret-0123456789abcdef0123456789',
      },
      log: () => {},
    });
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('passes axe-core in French and in English', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      for (const locale of ['fr', 'en'] as const) {
        const context = await browser.newContext({ locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto(`${running.url}/`);
        await page
          .getByRole('heading', { level: 1, name: messageFor('page.home.title', locale) })
          .waitFor();
        // Evaluated through the DevTools protocol: the page's CSP rightly refuses other scripts.
        await page.evaluate(axeSource);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
        );
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect({ locale, violations, problems }).toEqual({ locale, violations: [], problems: [] });
        await context.close();
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
