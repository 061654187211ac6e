import { cpSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The widgets' browser bundles, as `@plateformcoop/widgets/cdn/*` publishes them. */
export function widgetsBundleFolder(): string {
  return dirname(
    createRequire(import.meta.url).resolve('@plateformcoop/widgets/cdn/manifest.json'),
  );
}

/**
 * Copies the widgets' bundles into `target`, for a registry's `WIDGETS_DIR`: a test's registry
 * then serves the bundle as it was when the test started, even if the package is rebuilt
 * meanwhile. Every file the manifest names must be there (a rebuild may be half done: retried).
 */
export async function snapshotWidgetsBundle(target: string, attempts = 50): Promise<string> {
  const source = widgetsBundleFolder();
  for (let attempt = 1; ; attempt++) {
    try {
      const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as {
        files: Record<string, { file: string }>;
      };
      const names = Object.entries(manifest.files).flatMap(([name, { file }]) => [name, file]);
      if (names.length && names.every((name) => existsSync(join(source, name)))) {
        cpSync(source, target, { recursive: true });
        if (names.every((name) => existsSync(join(target, name)))) return target;
      }
    } catch {
      // manifest missing or half written: the package is being rebuilt
    }
    if (attempt >= attempts)
      throw new Error(`the widgets' bundle in ${source} is incomplete: run "npm run build"`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
