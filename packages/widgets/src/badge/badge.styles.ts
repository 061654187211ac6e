import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    min-height: 2.75em;
    min-width: 16em;
    max-width: 100%;
  }
  .badge {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    padding: 0.5em 0.75em;
    min-height: 2.75em;
  }
  .verified {
    border-color: var(--plateformcoop-color-success, #1e6b34);
  }
  .verified .mark {
    color: var(--plateformcoop-color-success, #1e6b34);
  }
  .mark {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .title {
    font-weight: 700;
  }
`;
