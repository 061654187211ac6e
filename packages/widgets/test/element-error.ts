/**
 * Testing Library's error for a failed query, showing the tree it searched: it prints elements
 * and documents only, and the widgets' trees are shadow roots. Given the `prettyDOM` of the
 * Testing Library in use (the tests' own, or Storybook's instrumented one).
 */
export function elementError(prettyDOM: (node: Element | Document) => string | false) {
  return (message: string | null, container: Element | Document | ShadowRoot): Error => {
    const tree =
      container instanceof ShadowRoot
        ? container.innerHTML.slice(0, 7000)
        : prettyDOM(container as Element);
    const error = new Error([message, tree].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  };
}
