import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type Axe = {
  configure(options: { allowedOrigins: string[] }): void;
  run(context?: Document, options?: object): Promise<AxeResults>;
};

/**
 * Runs axe-core (every WCAG A/AA rule and best practice, into shadow roots and frames) on the
 * page. axe is injected into every frame and allowed to talk across origins, since the
 * registry's iframe pages are on another origin than the page framing them; it then checks the
 * frames as parts of the page (a node inside a frame has the frame as its first target).
 * Pages with a strict Content-Security-Policy need a context with `bypassCSP` for the injection.
 */
export async function runAxe(page: Page): Promise<AxeResults> {
  for (const frame of page.frames()) {
    await frame.addScriptTag({ content: axeSource });
    await frame.evaluate(() =>
      (window as unknown as { axe: Axe }).axe.configure({
        allowedOrigins: ['<unsafe_all_origins>'],
      }),
    );
  }
  return page.evaluate(() => (window as unknown as { axe: Axe }).axe.run());
}

export async function axeViolations(page: Page): Promise<Result[]> {
  return (await runAxe(page)).violations;
}

/** One line per violation and node, for a readable failure. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' > ')}: ${n.failureSummary}`),
  );
}
