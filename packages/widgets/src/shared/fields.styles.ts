import { css } from 'lit';

/**
 * Labelled fields (a label above its text input or list), for the widgets that have any: the
 * signature form and the list's filters. Beside `controls.styles.ts`, which links and buttons
 * need alone. Targets are at least 2.75em (44 px) high.
 */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label {
    font-weight: 700;
  }
  input:not([type='checkbox']):not([type='radio']),
  select {
    font: inherit;
    color: inherit;
    background: var(--plateformcoop-color-surface, #fff);
    border: 0.0625em solid var(--plateformcoop-color-border, #767676);
    border-radius: var(--plateformcoop-radius, 0.375em);
    padding: 0.5em;
    min-height: 2.75em;
    width: 100%;
  }
`;
