import { type Locale, labelOf, type Manifesto } from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { ModerationItem } from '../api-types.js';
import { domainLooksLike, formatDateTime, formatNumber } from '../format.js';
import { type WordKey, wordsFor } from '../words/words.js';

type Signatory = NonNullable<ModerationItem['signature']>['signatory'];
type Representative = Extract<Signatory, { representative: unknown }>['representative'];

/** The display name of a signature: the body's name, or a person's only while stored. */
export function nameOf(item: ModerationItem): string {
  if (item.name) return item.name;
  const s = item.signature?.signatory;
  if (s?.kind === 'individual') return `${s.individual.givenName} ${s.individual.familyName}`;
  return item.id;
}

const representativeOf = (item: ModerationItem): Representative | undefined => {
  const s = item.signature?.signatory;
  return s && 'representative' in s ? s.representative : undefined;
};

/**
 * Everything a moderator needs to decide about one signature: the official record of the
 * collectivity, who signed and in what role, the e-mail's domain beside the name (a hint), the
 * commitments and the dates.
 */
export function signatureFacts(
  item: ModerationItem,
  locale: Locale,
  manifesto: Manifesto | undefined,
): TemplateResult {
  const t = (key: WordKey, params?: Record<string, string | number>) =>
    wordsFor(locale, key, params);
  const official = item.official;
  const person = representativeOf(item);
  const name = nameOf(item);
  const commitments = item.signature?.commitments ?? [];
  const commitmentLabel = (id: string) =>
    manifesto?.commitments.find((c) => c.id === id)?.label[locale] ?? id;
  const looksLike = item.emailDomain ? domainLooksLike(item.emailDomain, name) : false;
  return html`
    <dl class="facts">
      ${
        item.kind === 'collectivity'
          ? html`
            <div class="fact wide">
              <dt>${t('card.official')}</dt>
              <dd>
                ${
                  official
                    ? html`<span>${official.name}</span>
                      · ${labelOf('collectivityType', official.type as never, locale)}
                      · ${t('card.insee')} ${official.inseeCode ?? '—'}
                      · ${t('card.siren')} ${official.siren ?? '—'}
                      · ${t('card.departement')} ${official.departementCode ?? '—'}
                      · ${t('card.population')} ${formatNumber(official.population, locale)}`
                    : html`<strong class="warning">${t('card.official.none')}</strong>`
                }
              </dd>
            </div>`
          : html`<div class="fact">
              <dt>${t('card.type')}</dt>
              <dd>${labelOf('signatoryKind', item.kind as never, locale)}</dd>
            </div>`
      }
      ${
        person
          ? html`
            <div class="fact">
              <dt>${t('card.representative')}</dt>
              <dd>${person.givenName} ${person.familyName}</dd>
            </div>
            <div class="fact">
              <dt>${t('card.role')}</dt>
              <dd>
                ${labelOf('representativeRole', person.role, locale)}${
                  person.function ? html` — ${person.function}` : nothing
                }
              </dd>
            </div>
            <div class="fact">
              <dt>${t('card.declaration')}</dt>
              <dd>${person.authorised ? t('card.declared') : html`<strong class="warning">${t('card.not_declared')}</strong>`}</dd>
            </div>`
          : nothing
      }
      ${
        item.emailDomain
          ? html`<div class="fact">
              <dt>${t('card.email_domain')} <span class="muted">(${t('card.domain.hint')})</span></dt>
              <dd>
                <code>${item.emailDomain}</code> ·
                <span class=${looksLike ? 'ok' : 'warning'}>${
                  looksLike ? t('card.domain.matches') : t('card.domain.differs')
                }</span>
              </dd>
            </div>`
          : nothing
      }
      <div class="fact wide">
        <dt>${t('card.commitments')}</dt>
        <dd>
          ${
            commitments.length
              ? html`<ul class="commitments">
                  ${commitments.map((id) => html`<li>${commitmentLabel(id)}</li>`)}
                </ul>`
              : item.signature
                ? t('card.no_commitments')
                : t('card.erased')
          }
        </dd>
      </div>
      <div class="fact">
        <dt>${t('card.submitted')}</dt>
        <dd>${formatDateTime(item.createdAt, locale)}</dd>
      </div>
      <div class="fact">
        <dt>${t('card.confirmed')}</dt>
        <dd>${formatDateTime(item.confirmedAt, locale)}</dd>
      </div>
    </dl>
  `;
}
