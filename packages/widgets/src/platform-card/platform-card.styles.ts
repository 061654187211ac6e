import { css } from 'lit';

export const platformCardStyles = css`
  :host {
    min-height: 16.75em;
  }
  .head {
    display: flex;
    gap: 0.75em;
    align-items: center;
    margin-bottom: 0.75em;
  }
  .logo {
    width: 3em;
    height: 3em;
    object-fit: contain;
    flex: none;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .status {
    margin: 0;
    font-weight: 700;
  }
  .status.signed {
    color: var(--plateformcoop-color-success, #1e6b34);
  }
  @media (max-width: 22em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
