import { css } from 'lit';

/**
 * What every widget's shadow root starts with. `all: initial` on `:host` stops the host page's
 * inherited text properties (letter-spacing, text-transform, line-height, ...) at the boundary.
 * A page rule on the element itself beats `:host` (a theme's `* { all: revert }` does), so the
 * text settings are made again on the shadow tree's top element, which no page rule reaches:
 * theme them through the custom properties. Sizes are in `em` from there, so the page's root
 * font size (`rem`) never leaks in. The font family is the page's unless themed. Colour defaults meet WCAG AA on the default surface
 * (text 16:1, muted 7:1, primary 8:1, error 6.5:1, borders 4.5:1).
 *
 * Theming: the documented `--plateformcoop-*` custom properties, and `::part()`.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--plateformcoop-font-family, inherit);
  }
  :host > * {
    font-size: var(--plateformcoop-font-size, medium);
    line-height: var(--plateformcoop-line-height, 1.5);
    color: var(--plateformcoop-color-text, #1b1b1b);
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
