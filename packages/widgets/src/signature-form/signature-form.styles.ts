import { css } from 'lit';

export const signatureFormStyles = css`
  :host {
    min-height: 30em;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25em;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.125em;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .field {
    margin-bottom: 1em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin-bottom: 0.75em;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .check label {
    font-weight: normal;
  }
  [aria-invalid='true'] {
    border-color: var(--plateformcoop-color-error, #b3261e) !important;
    border-width: 0.125em !important;
  }
  .hint,
  .error {
    margin: 0;
    font-size: 0.9375em;
  }
  .error {
    color: var(--plateformcoop-color-error, #b3261e);
    font-weight: 700;
  }
  .summary {
    border: 0.125em solid var(--plateformcoop-color-error, #b3261e);
    border-radius: var(--plateformcoop-radius, 0.375em);
    padding: 0.75em 1em;
    margin-bottom: 1em;
  }
  .summary ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 0.0625em solid var(--plateformcoop-color-border, #767676);
    border-radius: var(--plateformcoop-radius, 0.375em);
    max-height: 16em;
    overflow: auto;
  }
  .listbox li {
    padding: 0.5em;
    cursor: pointer;
  }
  .listbox li[aria-selected='true'] {
    background: var(--plateformcoop-color-primary, #1d4f91);
    color: var(--plateformcoop-color-on-primary, #fff);
  }
  .sent {
    border: 0.125em solid var(--plateformcoop-color-success, #1e6b34);
    border-radius: var(--plateformcoop-radius, 0.375em);
    padding: 1em;
  }
  .sent:focus {
    outline: 0.1875em solid var(--plateformcoop-color-focus, #1d4f91);
  }
`;
