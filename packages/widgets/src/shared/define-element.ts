/**
 * Registers a custom element without ever throwing. Two agencies may paste two snippets (two
 * copies, maybe two versions) on one page: the first definition wins, a later copy is skipped,
 * with a warning when its version differs, and the second bundle keeps running.
 */
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing: Versioned | undefined = registry?.get(tagName);
  if (!existing) registry?.define(tagName, element);
  else if (existing.version !== (element as Versioned).version)
    console.warn(`${tagName}: two versions`);
}

/** What `defineElement` reads of an element class: its version, when it has one. */
type Versioned = CustomElementConstructor & { version?: string };
