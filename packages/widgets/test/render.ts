import {
  type BoundFunctions,
  configure,
  prettyDOM,
  type queries,
  within,
} from '@testing-library/dom';
import { elementError } from './element-error.js';

export { labelled } from './labelled.js';

// `findBy…` waits up to 10 s (Testing Library's default is 1 s): the widgets read a real
// registry first, which takes seconds when CI runs every package's tests at once on 2 cores.
configure({ getElementError: elementError(prettyDOM), asyncUtilTimeout: 10_000 });

/** Puts markup in the test page (in a `lang` container) and waits for its widgets to render. */
export async function mount<T extends HTMLElement>(markup: string, lang = 'fr'): Promise<T> {
  const host = document.createElement('div');
  host.lang = lang;
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  const element = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Waits until `check` returns a truthy value (polling each animation frame), or fails. */
export async function until<T>(
  check: () => T,
  what: string,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The element's shadow tree, queried as people find their way in it: by role, by label, by
 * text (Testing Library's queries, scoped to the shadow root).
 */
export function shadowOf(element: Element): BoundFunctions<typeof queries> {
  return within(element.shadowRoot as unknown as HTMLElement);
}
