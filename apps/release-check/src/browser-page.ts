import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';

/** The PlateformCoop elements, each as a page shows it. */
export const elementTags = [
  'plateformcoop-signature-form',
  'plateformcoop-counter',
  'plateformcoop-platform-card',
  'plateformcoop-badge',
  'plateformcoop-signatories',
] as const;

export interface RenderedElement {
  name: string;
  defined: boolean;
  rendered: boolean;
}

/**
 * Opens a page in Debian's Chromium and reports, for each tag, whether it got defined and
 * rendered its shadow root, plus every uncaught error of the page. A bundler that dropped the
 * registration leaves a tag undefined: the wait is bounded.
 */
export async function renderElements(
  url: string,
  tags: readonly string[],
): Promise<{ elements: RenderedElement[]; pageErrors: string[] }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    await tab.goto(url);
    const elements = await tab.evaluate(async (names) => {
      const within = <T>(promise: Promise<T>, ms: number) =>
        Promise.race([
          promise.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(resolve, ms, false)),
        ]);
      return Promise.all(
        names.map(async (name) => {
          const defined = await within(customElements.whenDefined(name), 10_000);
          const element = document.querySelector(name) as HTMLElement & {
            updateComplete?: Promise<unknown>;
          };
          if (defined && element.updateComplete) await within(element.updateComplete, 10_000);
          return { name, defined, rendered: (element.shadowRoot?.innerHTML.length ?? 0) > 0 };
        }),
      );
    }, tags);
    return { elements, pageErrors };
  } finally {
    await browser.close();
  }
}

/** A page with one of each element, all talking to `registryUrl`. */
export function pageWithElements(registryUrl: string, script: string): string {
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>PlateformCoop round trip</title></head>
  <body>
    ${elementTags.map((tag) => `<${tag} registry="${registryUrl}" platform="coopcycle"></${tag}>`).join('\n    ')}
    ${script}
  </body>
</html>
`;
}
