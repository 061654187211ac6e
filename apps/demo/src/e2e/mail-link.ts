import { CONFIRMATIONS_PATH, WITHDRAWALS_PATH } from '@plateformcoop/model';
import type { Page } from 'playwright-core';
import { waitForActionLink } from '../registry/outbox.js';
import type { Stack } from './stack.js';

/**
 * What a person does with the mail: opens its link (the registry's page, which changes nothing
 * by itself) and presses the page's button. Returns the page's answer once the registry gave it.
 */
export async function followMailLink(
  stack: Stack,
  address: string,
  action: 'confirm' | 'withdraw',
): Promise<{ page: Page; answer: string; ok: boolean }> {
  const link = await waitForActionLink(stack.outbox, address, action);
  const page = await stack.newPage();
  await page.goto(link);
  const endpoint = action === 'confirm' ? CONFIRMATIONS_PATH : WITHDRAWALS_PATH;
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(endpoint) && r.request().method() === 'POST'),
    page.getByRole('button').click(),
  ]);
  const status = page.locator('#status');
  await status.filter({ hasNotText: /^…$/ }).waitFor();
  return { page, answer: (await status.textContent()) ?? '', ok: response.ok() };
}
