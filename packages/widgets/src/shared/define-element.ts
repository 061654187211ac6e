/**
 * Registers a custom element without ever throwing. Two agencies may paste two snippets (two
 * copies, maybe two versions) on one page: the first definition wins, a later copy is skipped,
 * with a warning when its version differs, and the second bundle keeps running.
 */
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tagName);
  if (!existing) registry?.define(tagName, element);
  else if (versionOf(existing) !== versionOf(element)) console.warn(`${tagName}: two versions`);
}

function versionOf(element: CustomElementConstructor): string | undefined {
  return (element as { version?: string }).version;
}
