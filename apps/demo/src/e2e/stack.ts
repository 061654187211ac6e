import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../../../scripts/net/free-port.mjs';
import { launchChromium } from '../browser/chromium.js';
import { RegistryClient } from '../registry/registry-client.js';
import {
  type RegistrySettings,
  type RunningRegistry,
  startRegistry,
} from '../registry/registry-process.js';
import { snapshotWidgetsBundle } from '../registry/widgets-bundle.js';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

/**
 * Everything a journey needs, all real: the registry's bin on a free port with a temporary
 * SQLite database and file outbox, the built demo site served against it, and Chromium.
 */
export interface Stack {
  registry: RunningRegistry;
  demo: DemoServer;
  browser: Browser;
  client: RegistryClient;
  outbox: string;
  /**
   * A fresh browser context (no shared storage between journeys). `bypassCSP` lets axe be
   * injected into pages with a strict Content-Security-Policy.
   */
  newPage(options?: {
    bypassCSP?: boolean;
    /** The window's size (1000 × 900 by default); a phone's is 375 px wide. */
    viewport?: { width: number; height: number };
  }): Promise<Page>;
  /** Stops the registry (as if it crashed or was redeployed), then starts it again on demand. */
  stopRegistry(): Promise<void>;
  restartRegistry(): Promise<void>;
  close(): Promise<void>;
}

export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-demo-e2e-'));
  const settings: RegistrySettings = {
    dataDir,
    port: await freePort(),
    adminToken: ADMIN_TOKEN,
    // The cheapest proof of work and no rate limit: the journeys test flows, not abuse limits.
    env: {
      POW_COST: '1',
      RATE_LIMIT_PER_HOUR: '0',
      COUNTER_GOAL: '100',
      WIDGETS_DIR: await snapshotWidgetsBundle(join(dataDir, 'widgets')),
      ...env,
    },
  };
  let registry = await startRegistry(settings);
  const [demo, browser] = await Promise.all([
    startDemoServer({ registry: registry.url }),
    launchChromium(),
  ]);
  const contexts: BrowserContext[] = [];
  const stack: Stack = {
    registry,
    demo,
    browser,
    client: new RegistryClient(registry.url, ADMIN_TOKEN),
    outbox: registry.outbox,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1000, height: 900 },
        ...options,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      return context.newPage();
    },
    stopRegistry: () => registry.stop(),
    async restartRegistry() {
      registry = await startRegistry(settings);
      stack.registry = registry;
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await Promise.allSettled([browser.close(), demo.close(), registry.stop()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}
