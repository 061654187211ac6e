/**
 * `npm run bench`: in Chromium, against a local registry, the time from the counter's script
 * starting to download to the number on screen, and the layout shift meanwhile (target: zero).
 * Baseline, measured in the same run: a plain inline script that fetches the same counter and
 * writes the number into a <span>. Both pages and the bundle are served from 127.0.0.1.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { stopTestRegistry, testRegistryUrl } from '../test/registry-commands.js';
import { startSiteServer } from '../test/site-server.js';

const RUNS = 15;
const registry = await testRegistryUrl();

const widgetPage = `<!doctype html><html lang="fr"><head>
<link rel="stylesheet" href="/cdn/plateformcoop.css"></head><body>
<p>Texte avant</p>
<plateformcoop-counter registry="${registry}" goal="1000"></plateformcoop-counter>
<p>Texte après</p>
<script type="module" src="/cdn/counter.js"></script></body></html>`;
const baselinePage = `<!doctype html><html lang="fr"><body>
<p>Texte avant</p><span id="n"></span><p>Texte après</p>
<script type="module">
performance.mark('script-start');
const c = await (await fetch('${registry}/v1/manifestos/plateformcoop-2023/counter')).json();
document.getElementById('n').textContent = c.total;
</script></body></html>`;

const site = await startSiteServer((url) => ({
  html: url.pathname === '/baseline' ? baselinePage : widgetPage,
}));

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function measure(path: string, ready: string, start: string) {
  const context = await browser.newContext(); // a cold cache each time
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { __cls: number }).__cls += (
          entry as unknown as { value: number }
        ).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site.origin}${path}`);
  await page.waitForFunction(ready, undefined, { timeout: 10_000 });
  const result = await page.evaluate(
    `({ end: performance.now(), start: ${start}, cls: window.__cls })`,
  );
  await context.close();
  const { end, start: begun, cls } = result as { end: number; start: number; cls: number };
  return { ms: end - begun, cls };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const widget: { ms: number; cls: number }[] = [];
const baseline: { ms: number; cls: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  widget.push(
    await measure(
      '/',
      "document.querySelector('plateformcoop-counter')?.count !== undefined",
      "performance.getEntriesByType('resource').find((e) => e.name.endsWith('/cdn/counter.js')).startTime",
    ),
  );
  baseline.push(
    await measure(
      '/baseline',
      "document.getElementById('n').textContent !== ''",
      "performance.getEntriesByName('script-start')[0].startTime",
    ),
  );
}
await browser.close();
site.close();
await stopTestRegistry();

const widgetMs = median(widget.map((r) => r.ms));
const baselineMs = median(baseline.map((r) => r.ms));
console.log(`counter (Chromium, local registry, cold cache, median of ${RUNS}):`);
console.log(
  `  script start -> number shown: ${widgetMs.toFixed(1)} ms (baseline inline fetch: ${baselineMs.toFixed(1)} ms, ratio ${(widgetMs / baselineMs).toFixed(2)})`,
);
console.log(`  cumulative layout shift: max ${Math.max(...widget.map((r) => r.cls))} (target 0)`);
