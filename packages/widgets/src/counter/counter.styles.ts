import { css } from 'lit';

// Loading and loaded states have the same height, the one reserved here and in plateformcoop.css
// (no layout shift when the number comes).
export const counterStyles = css`
  :host {
    min-height: 6.625em;
  }
  :host([goal]) {
    min-height: 9.40625em;
  }
  p {
    margin: 0;
  }
  .number {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--plateformcoop-color-primary, #1d4f91);
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
    margin-top: 0.25em;
    font-size: 0.875em;
  }
`;
