import { css } from 'lit';

export const signatureFormStyles = css`
  /* The room kept while the manifesto loads (as plateformcoop.css keeps it before the script
     runs); the form and its end state then take the height they need, no blank below. */
  .loading {
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
    margin-bottom: 0.5em;
    padding: 0;
  }
  .step {
    display: block;
    font-size: 0.875em;
    color: var(--plateformcoop-color-muted, #595959);
  }
  .section-title {
    display: block;
    font-weight: 700;
    font-size: 1.125em;
    margin: 0;
  }
  fieldset > .hint {
    margin-bottom: 0.75em;
  }
  .axis {
    margin: 0 0 1em;
  }
  .axis-title {
    display: block;
    font-weight: 700;
  }
  /* The page's colours on the ticks and dots, instead of the browser's blue. */
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--plateformcoop-color-primary, #1d4f91);
  }
  details {
    margin-top: 0.125em;
  }
  summary {
    cursor: pointer;
    color: var(--plateformcoop-color-link, #1d4f91);
    text-decoration: underline;
    min-height: 1.5em;
  }
  details .hint {
    margin: 0.25em 0 0.5em;
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
  .sent > p {
    margin: 0 0 0.75em;
  }
  .recap {
    margin: 0;
  }
  .recap dt {
    font-weight: 700;
  }
  .recap dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  .resend {
    margin-top: 1em;
  }
  .resend .hint {
    margin-bottom: 0.5em;
  }
  .resend [role='status'] {
    margin: 0.5em 0 0;
  }
  .recap ul {
    margin: 0;
    padding-left: 1.25em;
  }
`;
