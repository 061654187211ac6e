import { MOUNT_ATTRIBUTE, type MountableWidget } from './mount-attribute.js';

export type { MountableWidget };

const MOUNTED_ATTRIBUTE = 'data-plateformcoop-mounted';

/**
 * CMS editors (WordPress, CKEditor in Drupal, TYPO3's sanitizer) strip unknown tags but keep a
 * `<div>` with `data-` attributes. `<div data-plateformcoop="counter" data-manifesto="...">`
 * is upgraded into `<plateformcoop-counter manifesto="...">`, placed inside the div (whose
 * fallback content it replaces) so the editor's own styling of the div still applies. Every
 * other `data-x` attribute becomes attribute `x`. Only widgets defined on the page are mounted.
 */
export function mountDataElements(
  root: ParentNode = document,
  only?: readonly MountableWidget[],
): Element[] {
  const mounted: Element[] = [];
  const selector = `[${MOUNT_ATTRIBUTE}]:not([${MOUNTED_ATTRIBUTE}])`;
  for (const placeholder of root.querySelectorAll<HTMLElement>(selector)) {
    const name = placeholder.getAttribute(MOUNT_ATTRIBUTE) as MountableWidget;
    const tagName = `plateformcoop-${name}`;
    if ((only && !only.includes(name)) || !customElements.get(tagName)) continue;
    const element = document.createElement(tagName);
    for (const { name: attribute, value } of Array.from(placeholder.attributes)) {
      if (attribute.startsWith('data-') && attribute !== MOUNT_ATTRIBUTE) {
        element.setAttribute(attribute.slice('data-'.length), value);
      }
    }
    placeholder.setAttribute(MOUNTED_ATTRIBUTE, '');
    placeholder.replaceChildren(element);
    mounted.push(element);
  }
  return mounted;
}
