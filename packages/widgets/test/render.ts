import {
  type BoundFunctions,
  configure,
  prettyDOM,
  type queries,
  within,
} from '@testing-library/dom';

// A failed query shows the tree it searched; Testing Library prints elements and documents
// only, and the widgets' trees are shadow roots.
configure({
  getElementError(message, container) {
    const tree =
      container instanceof ShadowRoot ? container.innerHTML.slice(0, 7000) : prettyDOM(container);
    const error = new Error([message, tree].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

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

/** A field's accessible name as a form shows it: its words, with a star when it is required. */
export function labelled(words: string): RegExp {
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\*)?$`);
}
