import { apiPath, labelOf, PLATFORM_PATH, type PlatformWithStatus } from '@plateformcoop/model';
import { httpLink } from '@plateformcoop/signature';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { formatDate } from '../shared/format-date.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import { getJson } from '../shared/registry-api.js';
import {
  dispatchWidgetEvent,
  WIDGET_LOAD,
  type WidgetErrorDetail,
} from '../shared/widget-events.js';
import { platformCardStyles } from './platform-card.styles.js';
import { en, fr } from './platform-card.words.js';

/**
 * A cooperative platform: name, logo, sector, territory, legal form, free software licence,
 * website, and whether it signed the manifesto. Give a `platform` slug to load it from the
 * registry, or set the `platform` property to the object the registry serves.
 *
 * @summary Card of a cooperative platform.
 * @tag plateformcoop-platform-card
 *
 * @fires plateformcoop-load - The platform is shown. `detail: { platform }`.
 * @fires plateformcoop-error - The platform could not be loaded. `detail: { code, message }`.
 *
 * @csspart base - The card.
 * @csspart logo - The logo image.
 * @csspart name - The platform's name.
 * @csspart details - The list of facts.
 * @csspart status - Whether it signed.
 *
 * @cssprop --plateformcoop-color-success - The "signed" status (default #1e6b34).
 * @cssprop --plateformcoop-color-link - Links (default #1d4f91).
 * @cssprop --plateformcoop-color-text - Text colour (default #1b1b1b).
 * @cssprop --plateformcoop-color-surface - Background (default #ffffff).
 * @cssprop --plateformcoop-color-border - Border colour (default #767676).
 * @cssprop --plateformcoop-font-family - Font (default: the page's).
 * @cssprop --plateformcoop-font-size - Base size every length derives from (default: medium).
 */
export class PlateformcoopPlatformCard extends PlateformcoopElement {
  static override styles = [...PlateformcoopElement.styles, controlStyles, platformCardStyles];
  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    platform: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    data: { state: true },
    failure: { state: true },
  };

  /** The platform's slug in the registry (attribute), or the platform itself (property). */
  platform?: string | PlatformWithStatus;

  /** The heading level of the platform's name in the page's outline (default 3). */
  headingLevel = 3;

  private data?: PlatformWithStatus;
  private failure?: WidgetErrorDetail;
  #abort?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('platform') && !changed.has('registry')) return;
    this.#abort?.abort();
    this.failure = undefined;
    const platform = this.platform;
    if (typeof platform === 'object' && platform) {
      this.data = platform;
      return;
    }
    this.data = undefined;
    const registry = this.registryUrl;
    if (!platform || !registry) {
      this.failure = this.reportError({
        code: platform ? 'widget.registry-missing' : 'widget.platform.missing',
      });
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    getJson<PlatformWithStatus>(registry, apiPath(PLATFORM_PATH, { slug: platform }), {
      signal: abort.signal,
      locale: this.locale,
    }).then(
      (data) => {
        this.data = data;
        dispatchWidgetEvent(this, WIDGET_LOAD, { platform: data });
      },
      (cause: unknown) => {
        if (!abort.signal.aborted) this.failure = this.reportError(cause);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override render(): TemplateResult {
    const p = this.data;
    if (this.failure)
      return html`<div class="surface" part="base"><p class="error-text">${this.failure.message}</p></div>`;
    if (!p)
      return html`<div class="surface" part="base" aria-busy="true"><p class="muted">${this.t('widget.loading')}</p></div>`;
    const locale = this.locale;
    const fact = (label: string, value: unknown) =>
      value ? html`<dt>${this.t(label)}</dt><dd>${value}</dd>` : nothing;
    const licence = p.software
      ? [p.software.name, p.software.license].filter(Boolean).join(', ')
      : undefined;
    // The object may come from the page (the `platform` property): only http(s) links.
    const logo = httpLink(p.logo);
    const website = httpLink(p.website);
    return html`<article class="surface" part="base" aria-labelledby="name">
      <div class="head">
        ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" width="48" height="48" loading="lazy" />` : nothing}
        <p class="name" part="name" id="name" role="heading" aria-level=${this.headingLevel}>${p.name}</p>
      </div>
      <dl part="details">
        ${fact('widget.platform.sector', labelOf('platformSector', p.sector, locale))}
        ${fact('widget.platform.territory', p.territory)}
        ${fact('widget.platform.legal-form', p.legalForm && labelOf('legalForm', p.legalForm, locale))}
        ${fact('widget.platform.licence', licence)}
        ${fact('widget.platform.website', website && html`<a href=${website} rel="noopener">${new URL(website).hostname}</a>`)}
      </dl>
      <p class="status ${p.signed ? 'signed' : ''}" part="status">
        ${
          p.signed
            ? p.signedAt
              ? this.t('widget.platform.signed', { date: formatDate(p.signedAt, locale) })
              : this.t('widget.platform.signed-undated')
            : this.t('widget.platform.not-signed')
        }
      </p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-platform-card': PlateformcoopPlatformCard;
  }
}
