import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';

/** The shared flags, and the same pixels on every machine for the screenshot comparisons. */
const CHROMIUM_ARGS = [
  ...chromiumArgs,
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
}
