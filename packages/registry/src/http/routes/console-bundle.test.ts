import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleFolder } from './console-routes.js';
import { widgetsFolder } from './widget-routes.js';

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// The console is for moderators only: none of it may travel in the widgets that every campaign
// site loads, and its own bundle must be the production build (`npm run build` first).
describe('the console bundle', () => {
  const folder = consoleFolder();

  it('is built, minified, with Lit in production mode', () => {
    expect(folder, 'dist/console is missing: run `npm run build`').toBeDefined();
    const files = readdirSync(folder!);
    const js = files.find((f) => /^console-[0-9a-f]{10}\.js$/.test(f))!;
    const html = readFileSync(join(folder!, 'index.html'), 'utf8');
    expect(html).toContain(`src="./${js}"`);
    const code = readFileSync(join(folder!, js), 'utf8');
    expect(code).toContain('pc-console');
    expect(code).not.toContain('Lit is in dev mode');
    expect(html).not.toMatch(/<script>|<style>|style=/);
  });

  // The widgets are not a dependency of the registry (they test against it): turbo builds their
  // bundle before the registry's tests (`@plateformcoop/registry#test` in turbo.json), and
  // without it this check fails rather than passing unseen.
  it('is absent from the widgets’ public bundle', () => {
    const widgets = widgetsFolder(undefined);
    expect(
      widgets !== undefined && existsSync(join(widgets, 'counter.js')),
      "the widgets' bundle is missing: build @plateformcoop/widgets",
    ).toBe(true);
    const bundle = filesUnder(widgets!).filter((f) => /\.(m?js|css)$/.test(f));
    expect(bundle.length).toBeGreaterThan(0);
    for (const file of bundle) {
      const text = readFileSync(file, 'utf8');
      for (const marker of [
        'pc-console',
        'pc-queue-view',
        '/v1/admin/',
        'plateformcoop-console-token',
      ])
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });
});
