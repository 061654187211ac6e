import { css } from 'lit';

// The map keeps its room while its data loads (the SVG's own proportions, 613 × 640).
export const mapStyles = css`
  :host {
    min-height: 24em;
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .map {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 40em;
    height: auto;
    aspect-ratio: 613 / 640;
    margin: 0 auto;
  }
  /* Shades: the theme's primary colour, lighter for fewer signatures. */
  .s0 {
    --shade: var(--plateformcoop-map-color-empty, #e1e6ed);
  }
  .s1 {
    --shade: color-mix(in srgb, var(--plateformcoop-color-primary, #1d4f91) 18%, #fff);
  }
  .s2 {
    --shade: color-mix(in srgb, var(--plateformcoop-color-primary, #1d4f91) 36%, #fff);
  }
  .s3 {
    --shade: color-mix(in srgb, var(--plateformcoop-color-primary, #1d4f91) 55%, #fff);
  }
  .s4 {
    --shade: color-mix(in srgb, var(--plateformcoop-color-primary, #1d4f91) 77%, #fff);
  }
  .s5 {
    --shade: var(--plateformcoop-color-primary, #1d4f91);
  }
  path {
    fill: var(--shade);
    stroke: var(--plateformcoop-map-color-border, #fff);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  .region path {
    stroke-width: 0.25;
  }
  [tabindex] {
    outline: none;
  }
  .active {
    fill: none;
    stroke: var(--plateformcoop-color-focus, #1b1b1b);
    stroke-width: 2.5;
    pointer-events: none;
  }
  text {
    font-size: 14px;
    fill: var(--plateformcoop-color-text, #1b1b1b);
    pointer-events: none;
  }
  .tile-code {
    text-anchor: middle;
    dominant-baseline: central;
    font-weight: 700;
  }
  .tile-code.dark {
    fill: #fff;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: 16em;
    padding: 0.25em 0.5em;
    border-radius: 0.25em;
    background: var(--plateformcoop-color-text, #1b1b1b);
    color: var(--plateformcoop-color-surface, #fff);
    font-size: 0.875em;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 0.5em));
    white-space: nowrap;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .legend-title {
    margin: 0.75em 0 0;
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 0.0625em solid var(--plateformcoop-color-border, #767676);
    background: var(--shade);
  }
  details {
    margin-top: 0.75em;
  }
  summary {
    cursor: pointer;
    color: var(--plateformcoop-color-primary, #1d4f91);
    text-decoration: underline;
  }
  summary:focus-visible,
  a:focus-visible {
    outline: 0.125em solid var(--plateformcoop-color-focus, #1b1b1b);
    outline-offset: 0.125em;
  }
  table {
    margin-top: 0.5em;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    border-bottom: 0.0625em solid var(--plateformcoop-color-divider, #c4c4c4);
    text-align: start;
  }
  td.count {
    text-align: end;
  }
  .credit {
    margin: 0.75em 0 0;
    font-size: 0.75em;
  }
  .credit a {
    color: inherit;
  }
`;
