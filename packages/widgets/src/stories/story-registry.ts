import { widgetSharedWords as enShared } from '@plateformcoop/signature/messages/en/widget-shared';
import { widgetSharedWords as frShared } from '@plateformcoop/signature/messages/fr/widget-shared';
import { within } from 'storybook/test';

/**
 * The registry the stories talk to: the one the test run started, else `STORYBOOK_REGISTRY_URL`
 * (e.g. `npx @plateformcoop/registry serve` on http://127.0.0.1:8787, the CLI's default port).
 */
export function storyRegistry(): string {
  return (
    (globalThis as { __PLATEFORMCOOP_REGISTRY__?: string }).__PLATEFORMCOOP_REGISTRY__ ??
    (import.meta as { env?: Record<string, string | undefined> }).env?.STORYBOOK_REGISTRY_URL ??
    'http://127.0.0.1:8787'
  );
}

/** A registry address where nothing answers: the "failed" states. */
export const UNREACHABLE_REGISTRY = 'http://127.0.0.1:9';

/**
 * The shadow tree of the story's element, queried by role, label and text (Storybook's
 * instrumented Testing Library, so that each query shows in the Interactions panel).
 */
export async function shadowOf(canvas: HTMLElement, tag: string) {
  const element = canvas.querySelector(tag) as
    | (HTMLElement & { updateComplete?: Promise<unknown> })
    | null;
  await element?.updateComplete;
  return within(element!.shadowRoot as unknown as HTMLElement);
}

/** A failure's words, as the widgets show it when nothing answers. */
export const NETWORK_UNAVAILABLE = {
  fr: frShared['network.unavailable'],
  en: enShared['network.unavailable'],
};
