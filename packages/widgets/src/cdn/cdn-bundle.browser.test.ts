import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { shadowOf, until } from '../../test/render.js';

// The shipped browser bundles (dist/cdn, built by `npm run build`) as files, with Lit's
// production build, talking to the real registry.
const packageDir = new URL(import.meta.url).pathname.replace(/\/src\/cdn\/[^/]+$/, '');
const bundle = (name: string) => `/@fs${packageDir}/dist/cdn/${name}`;
let registry: string;
const warnings: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  registry = await commands.registryUrl();
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  window.addEventListener('error', (e) => pageErrors.push(e.message));
});

describe('the CDN bundles served by the registry', () => {
  it('defines every element with production Lit, and a second bundle on the page never throws', async () => {
    document.body.innerHTML = `<plateformcoop-counter id="c" registry="${registry}" goal="100"></plateformcoop-counter>`;
    const started = performance.now();
    let shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    await import(/* @vite-ignore */ bundle('plateformcoop.js'));
    for (const name of ['signature-form', 'counter', 'platform-card', 'badge', 'signatories']) {
      expect(customElements.get(`plateformcoop-${name}`), name).toBeDefined();
    }
    const counter = document.getElementById('c') as HTMLElement & { count?: number };
    await until(() => counter.count !== undefined, 'the number', 10_000);
    const elapsed = performance.now() - started;
    console.info(
      `counter: script start to number ${elapsed.toFixed(0)} ms, layout shift ${shifts}`,
    );
    expect(shifts).toBe(0);

    await import(/* @vite-ignore */ bundle('counter.js'));
    await import(/* @vite-ignore */ bundle('badge.js'));
    expect(pageErrors).toEqual([]);
    expect(warnings.filter((w) => /dev mode/i.test(w))).toEqual([]);
  });

  it('upgrades a CMS-safe <div data-plateformcoop> mount (its code loaded on demand)', async () => {
    document.body.innerHTML = `<div data-plateformcoop="counter" data-registry="${registry}" data-lang="en"><a href="/sign">Sign</a></div>`;
    // A fresh copy of a bundle boots again, finds the mount and loads the mounting code.
    await import(/* @vite-ignore */ `${bundle('counter.js')}?again`);
    const counter = await until(
      () =>
        document.querySelector('plateformcoop-counter') as
          | (HTMLElement & { count?: number })
          | null,
      'the mount',
    );
    await until(() => counter.count !== undefined, 'the number');
    expect(shadowOf(counter).getByText(/^signatures?$/)).toBeTruthy();
  });
});
