/**
 * Vitest building blocks shared by every workspace. A package's `vitest.config.ts` opts into
 * the projects it needs: `node` (unit tests, `*.test.ts`) and `browser` (real Chromium from
 * Debian, `*.browser.test.ts`). There is no simulated DOM: what needs a page runs in Chromium.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Debian's Chromium; never a browser downloaded by a tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine whose only network is loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browserOnly = '**/*.browser.test.ts';

export function nodeProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'node',
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**', browserOnly],
    },
  };
}

export function browserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'browser',
      include: ['src/**/*.browser.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

/**
 * The config of one workspace: its projects, plus a JSON report that `scripts/test-summary.mjs`
 * adds up into the closing line of `npm test`.
 */
export function workspaceConfig(...projects: TestProjectInlineConfiguration[]) {
  return defineConfig({
    test: {
      projects,
      passWithNoTests: false,
      // Generous defaults: CI shares 2 cores between builds, browsers and servers. Speed is the
      // benchmarks' business, never a test's.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    },
  });
}
