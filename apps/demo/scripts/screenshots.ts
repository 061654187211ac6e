/**
 * `npm run screenshots -w @plateformcoop/demo`: the README's pictures of the demo, taken in
 * Chromium from a fresh registry loaded with the same demonstration data as `npm start`, into
 * apps/demo/screenshots/. Run `npm run build` first.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { launchChromium } from '../src/browser/chromium.ts';
import { widgetsSettled } from '../src/browser/widgets-settled.ts';
import { readOutbox } from '../src/registry/outbox.ts';
import { startDemoServer } from '../src/server/demo-server.ts';
import { prepareDemoRegistry } from '../src/start/prepare-registry.ts';

const output = fileURLToPath(new URL('../screenshots/', import.meta.url));
const SHOTS = [
  { file: 'municipal-page.png', path: '/ville/', height: 1500 },
  { file: 'manifesto-page.png', path: '/manifeste/', height: 1100 },
];

const dataDir = mkdtempSync(join(tmpdir(), 'pc-demo-shots-'));
const registry = await prepareDemoRegistry(
  {
    dataDir,
    port: await freePort(),
    adminToken: 'screenshots-admin-token-0123456789',
    env: { COUNTER_GOAL: '100', POW_COST: '1' },
  },
  { seed: true },
);
const demo = await startDemoServer({ registry: registry.url });
const browser = await launchChromium();
try {
  mkdirSync(output, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: shot.height },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      reducedMotion: 'reduce',
    });
    await page.goto(`${demo.url}${shot.path}`);
    await widgetsSettled(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(output, shot.file), animations: 'disabled' });
    process.stdout.write(`screenshots/${shot.file}\n`);
    await page.close();
  }
  // A mail as a phone shows it: the one that tells a commune its signature is published.
  const mail = (await readOutbox(registry.outbox))
    .filter((m) => /est publiée$/.test(m.subject))
    .at(-1);
  if (!mail) throw new Error('no "published" mail in the demonstration data');
  const phone = await browser.newPage({ viewport: { width: 375, height: 700 }, locale: 'fr-FR' });
  await phone.setContent(mail.html);
  await phone.screenshot({ path: join(output, 'mail-published.png'), fullPage: true });
  process.stdout.write('screenshots/mail-published.png\n');
  await phone.close();
} finally {
  await browser.close();
  await demo.close();
  await registry.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
