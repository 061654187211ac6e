import type { Page } from 'playwright-core';

/**
 * Waits until every `<div data-plateformcoop>` mount became its element, every PlateformCoop
 * element of the page is defined and none is loading (no `aria-busy="true"` in its shadow
 * root), so that checks see what a visitor reads.
 */
export async function widgetsSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.querySelector('[data-plateformcoop]:not([data-plateformcoop-mounted])'))
        return false;
      const widgets = [...document.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('plateformcoop-'),
      );
      return widgets.every(
        (w) =>
          customElements.get(w.localName) !== undefined &&
          w.shadowRoot !== null &&
          w.shadowRoot.childElementCount > 0 &&
          !w.shadowRoot.querySelector('[aria-busy="true"]'),
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}
