import { css } from 'lit';

export const signatoriesStyles = css`
  :host {
    min-height: 20em;
  }
  .title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-end;
    margin-bottom: 1em;
  }
  .field {
    flex: 1 1 12em;
    min-width: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.75em 0;
    border-top: 0.0625em solid var(--plateformcoop-color-divider, #c4c4c4);
  }
  .name {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .meta {
    display: block;
    font-size: 0.875em;
  }
  .more {
    margin-top: 1em;
  }
`;
