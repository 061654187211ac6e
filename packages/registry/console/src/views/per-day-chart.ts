import type { Locale } from '@plateformcoop/model';
import { html, svg, type TemplateResult } from 'lit';
import type { CampaignStats } from '../api-types.js';
import { formatDay } from '../format.js';
import { wordsFor } from '../words/words.js';

const WIDTH = 640;
const HEIGHT = 180;
const BOTTOM = 2;

/**
 * Signatures per day as bars (submitted, with published inside), drawn in SVG by the console
 * itself; the same figures follow as a table for screen readers and exact values.
 */
export function perDayChart(stats: CampaignStats, locale: Locale): TemplateResult {
  const days = stats.perDay.slice(-60);
  const max = Math.max(1, ...days.map((d) => Math.max(d.submitted, d.published)));
  const step = WIDTH / Math.max(days.length, 1);
  const bar = Math.max(2, Math.min(24, step * 0.7));
  const y = (n: number) => (HEIGHT - BOTTOM) * (1 - n / max);
  const first = days[0];
  const last = days.at(-1);
  const label = wordsFor(locale, 'overview.chart.label', {
    first: first ? formatDay(first.day, locale) : '',
    last: last ? formatDay(last.day, locale) : '',
  });
  return html`
    <figure class="chart">
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label} preserveAspectRatio="none">
        ${days.map((d, i) => {
          const x = i * step + (step - bar) / 2;
          return svg`
            <rect class="submitted" x=${x} y=${y(d.submitted)} width=${bar} height=${HEIGHT - BOTTOM - y(d.submitted)}></rect>
            <rect class="published" x=${x + bar / 4} y=${y(d.published)} width=${bar / 2} height=${HEIGHT - BOTTOM - y(d.published)}></rect>`;
        })}
        <line class="axis" x1="0" x2=${WIDTH} y1=${HEIGHT - BOTTOM} y2=${HEIGHT - BOTTOM}></line>
      </svg>
      <figcaption>
        <span class="range">${label}.</span>
        <span class="key submitted"></span> ${wordsFor(locale, 'overview.per_day.submitted')}
        <span class="key published"></span> ${wordsFor(locale, 'overview.per_day.published')}
      </figcaption>
    </figure>
  `;
}
