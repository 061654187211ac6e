import { css } from 'lit';

/**
 * Links, buttons and the focus ring, for the widgets that have any. Targets are at least 2.75em
 * (44 px) high; focus is always visible.
 */
export const controlStyles = css`
  a {
    color: var(--plateformcoop-color-link, #1d4f91);
  }
  :focus-visible {
    outline: 0.1875em solid var(--plateformcoop-color-focus, #1d4f91);
    outline-offset: 0.125em;
  }
  button {
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
    border-radius: var(--plateformcoop-radius, 0.375em);
    padding: 0.5em 1em;
    min-height: 2.75em;
    border: 0.125em solid var(--plateformcoop-color-primary, #1d4f91);
    background: var(--plateformcoop-color-primary, #1d4f91);
    color: var(--plateformcoop-color-on-primary, #ffffff);
  }
  button.secondary {
    background: var(--plateformcoop-color-surface, #ffffff);
    color: var(--plateformcoop-color-primary, #1d4f91);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
`;
