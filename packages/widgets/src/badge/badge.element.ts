import { ATTESTATION_PATH, apiPath, JWKS_PATH } from '@plateformcoop/model';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { formatDate } from '../shared/format-date.js';
import { PlateformcoopElement } from '../shared/plateformcoop-element.js';
import { getJson, getText } from '../shared/registry-api.js';
import { dispatchWidgetEvent, WIDGET_BADGE_VERIFY } from '../shared/widget-events.js';
import { badgeStyles } from './badge.styles.js';
import { en, fr } from './badge.words.js';
import { type BadgeCheck, type BadgeCheckOptions, checkBadge } from './check-badge.js';

/**
 * A platform's "signed the PlateformCoop manifesto" badge. It fetches the platform's
 * attestation from the registry and verifies its Ed25519 signature against the registry's
 * published keys (JWKS) in the browser. It says "signed" only when the signature checks out,
 * the attestation is about this manifesto, and the page is on the platform's attested website;
 * otherwise it says that nothing could be verified.
 *
 * @summary Verified "signed the manifesto" badge of a platform.
 * @tag plateformcoop-badge
 *
 * @fires plateformcoop-badge-verify - The check is done. `detail: { verified, reason?, attestation? }`.
 * @fires plateformcoop-error - The registry could not be read. `detail: { code, message }`.
 *
 * @csspart base - The badge.
 * @csspart mark - The check mark of a verified badge.
 * @csspart title - The badge's main words.
 * @csspart detail - Who signed and when.
 *
 * @cssprop --plateformcoop-color-success - Border and mark of a verified badge (default #1e6b34).
 * @cssprop --plateformcoop-color-text - Text colour (default #1b1b1b).
 * @cssprop --plateformcoop-color-surface - Background (default #ffffff).
 * @cssprop --plateformcoop-color-border - Border of an unverified badge (default #767676).
 */
export class PlateformcoopBadge extends PlateformcoopElement {
  static override styles = [...PlateformcoopElement.styles, badgeStyles];
  static override messages = { fr, en };

  static override properties = {
    ...PlateformcoopElement.properties,
    platform: {},
    result: { state: true },
  };

  /** The platform's slug in the registry. */
  platform = '';

  private result?: BadgeCheck;
  #run = 0;

  /** Whether the badge currently shows a verified signature. */
  get verified(): boolean {
    return this.result?.verified === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platform') || changed.has('registry') || changed.has('manifesto'))
      this.#check();
  }

  async #check(): Promise<void> {
    const run = ++this.#run;
    this.result = undefined;
    const registry = this.registryUrl;
    let result: BadgeCheck;
    if (!registry || !this.platform) {
      result = {
        verified: false,
        reason: registry ? 'widget.platform.missing' : 'widget.registry-missing',
      };
    } else {
      try {
        const [jws, jwks] = await Promise.all([
          getText(registry, apiPath(ATTESTATION_PATH, { slug: this.platform }), {
            // A registry may serve several campaigns: the attestation of this one.
            query: { manifesto: this.manifesto },
            locale: this.locale,
          }),
          getJson<BadgeCheckOptions['jwks']>(registry, apiPath(JWKS_PATH)),
        ]);
        result = await checkBadge(jws, {
          jwks,
          manifesto: this.manifesto,
          platform: this.platform,
          pageHostname: location.hostname,
        });
      } catch (cause) {
        // A platform that never signed (or withdrew) has no attestation: not verified, no alarm.
        const code = (cause as { code?: string }).code ?? 'widget.unexpected';
        if (code !== 'not_found') this.reportError(cause);
        result = { verified: false, reason: code };
      }
    }
    if (run !== this.#run) return; // a newer check started meanwhile
    this.result = result;
    dispatchWidgetEvent(this, WIDGET_BADGE_VERIFY, result);
  }

  protected override render(): TemplateResult {
    const result = this.result;
    if (!result) {
      return html`<div class="surface badge" part="base" aria-busy="true">
        <span class="muted">${this.t('widget.badge.checking')}</span>
      </div>`;
    }
    if (!result.verified) {
      return html`<div class="surface badge" part="base">
        <span class="muted" part="title">${this.t('widget.badge.unverified')}</span>
      </div>`;
    }
    const { name, signedAt } = result.attestation;
    return html`<div class="surface badge verified" part="base">
      <svg class="mark" part="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>
      <span>
        <span class="title" part="title">${this.t('widget.badge.verified')}</span><br />
        <span class="muted" part="detail">
          ${this.t('widget.badge.verified-detail', { name: name ?? this.platform, date: formatDate(signedAt, this.locale) })}
        </span>
      </span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plateformcoop-badge': PlateformcoopBadge;
  }
}
