import { css } from 'lit';

export const counterStyles = css`
  :host {
    min-height: 5.5em;
  }
  :host([goal]) {
    min-height: 7.5em;
  }
  .number {
    margin: 0;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--plateformcoop-color-primary, #1d4f91);
  }
  .label,
  .scope {
    margin: 0;
  }
  .track {
    margin-top: 0.5em;
    height: 0.75em;
    border-radius: 0.375em;
    background: var(--plateformcoop-color-track, #dde3ea);
    overflow: hidden;
  }
  .bar {
    height: 100%;
    width: 0;
    background: var(--plateformcoop-color-primary, #1d4f91);
    transition: width 0.6s ease-out;
  }
  .goal {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
`;
