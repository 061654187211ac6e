import { css } from 'lit';

/**
 * What every widget's shadow root starts with. `all: initial` on `:host` stops the host page's
 * inherited text properties (letter-spacing, text-transform, white-space, line-height, ...) at
 * the boundary; the page's own rules for the element itself still win, as they should. Sizes
 * are in `em` from `:host`, so the page's root font size (`rem`) never leaks in. The font
 * family is the page's unless themed. Colour defaults meet WCAG AA on the default surface
 * (text 16:1, muted 7:1, primary 8:1, error 6.5:1, borders 4.5:1).
 *
 * Theming: the documented `--plateformcoop-*` custom properties, and `::part()`.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--plateformcoop-font-family, inherit);
    font-size: var(--plateformcoop-font-size, medium);
    line-height: var(--plateformcoop-line-height, 1.5);
    color: var(--plateformcoop-color-text, #1b1b1b);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  .surface {
    background: var(--plateformcoop-color-surface, #fff);
    border: 0.0625em solid var(--plateformcoop-color-border, #767676);
    border-radius: var(--plateformcoop-radius, 0.375em);
    padding: var(--plateformcoop-spacing, 1em);
  }
  .muted {
    color: var(--plateformcoop-color-muted, #595959);
  }
  .error-text {
    color: var(--plateformcoop-color-error, #b3261e);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
