import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { comparePng } from '../../browser/compare-png.js';
import { widgetsSettled } from '../../browser/widgets-settled.js';
import type { Stack } from '../stack.js';

/**
 * Screenshots of the widgets compared with committed references (`references/<tag>.png`),
 * taken on the plain page `/robustesse/temoin/`. `UPDATE_REFERENCES=1` rewrites them.
 */
export const REFERENCES = fileURLToPath(new URL('../references/', import.meta.url));
export const UPDATE_REFERENCES = process.env.UPDATE_REFERENCES === '1';
export const COMPARED_WIDGETS = ['plateformcoop-counter', 'plateformcoop-signature-form'] as const;

/** Opens a demo page and waits until its widgets and fonts are ready. */
export async function openSettled(stack: Stack, path: string): Promise<Page> {
  const page = await stack.newPage();
  await page.goto(`${stack.demo.url}${path}`);
  await widgetsSettled(page);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

export function widgetShot(page: Page, tag: string): Promise<Buffer> {
  return page.locator(tag).first().screenshot({ animations: 'disabled', caret: 'hide' });
}

/**
 * `same as the reference`, or why not; on a mismatch, the screenshot and the difference are
 * written next to the reference (`<tag>-<page>-actual.png`, `-diff.png`, gitignored).
 */
export function againstReference(tag: string, pageName: string, shot: Buffer): string {
  const file = `${REFERENCES}${tag}.png`;
  if (!existsSync(file)) return `no reference ${file}: run once with UPDATE_REFERENCES=1`;
  const result = comparePng(shot, readFileSync(file));
  if (result.same) return 'same as the reference';
  writeFileSync(`${REFERENCES}${tag}-${pageName}-actual.png`, shot);
  if (result.diff) writeFileSync(`${REFERENCES}${tag}-${pageName}-diff.png`, result.diff);
  return result.reason ?? 'different';
}

export function updateReference(tag: string, shot: Buffer): void {
  writeFileSync(`${REFERENCES}${tag}.png`, shot);
}
