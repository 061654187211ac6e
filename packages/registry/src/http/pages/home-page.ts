import {
  apiPath,
  CONSOLE_PAGE_PATH,
  COUNTER_PATH,
  DATA_PACKAGE_PATH,
  DOCS_PATH,
  type Locale,
  type Manifesto,
  OPEN_DATA_CSV_PATH,
  OPEN_DATA_JSON_PATH,
  OPENAPI_PATH,
} from '@plateformcoop/model';
import { campaignStanding, messageFor } from '@plateformcoop/signature';
import type { OpenDataLicense } from '../../config/open-data-license.js';
import { escapeHtml } from '../../mail/html.js';
import { htmlPage } from './page.js';

/** A manifesto the registry serves, with its number of published signatures now. */
export interface ServedManifesto {
  manifesto: Manifesto;
  total: number;
}

/** A registry path as a link relative to the registry's root. */
const relative = (path: string) => path.slice(1);

/**
 * The snippet that shows a manifesto's live counter on any page: the bundle the registry serves
 * itself (which then needs no `registry` attribute) and the element.
 */
export function counterSnippet(publicUrl: string, manifestoId: string): string {
  return `<script type="module" src="${publicUrl}/widgets/plateformcoop.js"></script>
<plateformcoop-counter manifesto="${manifestoId}" live></plateformcoop-counter>`;
}

/**
 * The registry's root page, for people who open its address: what it is, the manifestos it
 * serves with their totals, how to show a counter, and where the API and the console are.
 * Links are relative (the model's paths without their leading `/`), so that they hold behind a
 * proxy that serves the registry under a path;
 * the snippet, pasted into other sites, names the registry by its public URL.
 */
export function homePage(input: {
  locale: Locale;
  publicUrl: string;
  manifestos: readonly ServedManifesto[];
  license: OpenDataLicense;
  /** Today, for each campaign's state (open, closed, opening). */
  now: Date;
}) {
  const { locale, publicUrl } = input;
  const words = (code: Parameters<typeof messageFor>[0], params?: Record<string, string>) =>
    escapeHtml(messageFor(code, locale, params));
  const count = new Intl.NumberFormat(locale);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const state = (m: Manifesto) => {
    const standing = campaignStanding(m, input.now);
    if (standing === 'not-yet-open' && m.opensOn)
      return words('page.home.opens', { date: day(m.opensOn) });
    if (standing === 'closed' && m.closesOn)
      return words('page.home.closed', { date: day(m.closesOn) });
    return words('page.home.open');
  };
  // The texts signed before the current one, which older signatures recorded.
  const previous = (m: Manifesto) =>
    m.previousVersions?.length
      ? `<details><summary>${words('page.home.previous')}</summary>
${m.previousVersions
  .map((v) => {
    const text = v.texts[locale] ?? v.texts.fr;
    const sections = text.sections
      .map(
        (s) =>
          `${s.heading ? `<h4>${escapeHtml(s.heading)}</h4>` : ''}${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`,
      )
      .join('\n');
    return `<h3>${words('page.home.version', { version: v.version, date: day(v.publishedOn) })}</h3>
<p><code>${escapeHtml(v.contentHash)}</code></p>
${sections}`;
  })
  .join('\n')}
</details>`
      : '';
  const manifestos = input.manifestos
    .map(({ manifesto, total }) => {
      const text = manifesto.texts[locale] ?? manifesto.texts.fr;
      const counter = relative(apiPath(COUNTER_PATH, { id: manifesto.id }));
      const c = manifesto.campaign;
      const reach = [
        c?.contact ? `<a href="mailto:${escapeHtml(c.contact)}">${escapeHtml(c.contact)}</a>` : '',
        c?.website ? `<a href="${escapeHtml(c.website)}">${escapeHtml(c.website)}</a>` : '',
      ].filter(Boolean);
      const campaign = c
        ? `${words('page.home.campaign', { name: c.name })}${reach.length ? ` · ${reach.join(' · ')}` : ''}<br>\n`
        : '';
      const goal = manifesto.goal
        ? ` · ${words('page.home.goal', { goal: count.format(manifesto.goal) })}`
        : '';
      return `<li><strong>${escapeHtml(text.title)}</strong> (<code>${escapeHtml(manifesto.id)}</code>)<br>
${campaign}${words('page.home.version', { version: manifesto.version, date: day(manifesto.publishedOn) })} · ${state(manifesto)}<br>
${words('page.home.total', { total: count.format(total) })}${goal} · <a href="${escapeHtml(counter)}">${words('page.home.counter_json')}</a>
${previous(manifesto)}</li>`;
    })
    .join('\n');
  // The open data of each manifesto; the licence's name links to its text.
  const marker = '\u0000';
  const licence = `<a href="${escapeHtml(input.license.path)}">${escapeHtml(input.license.title)}</a>`;
  const openDataIntro = words('page.home.open_data_intro', { licence: marker }).replace(
    marker,
    licence,
  );
  const openData = input.manifestos
    .map(({ manifesto }) => {
      const text = manifesto.texts[locale] ?? manifesto.texts.fr;
      const link = (
        template: typeof OPEN_DATA_CSV_PATH | typeof OPEN_DATA_JSON_PATH | typeof DATA_PACKAGE_PATH,
        code: Parameters<typeof words>[0],
      ) =>
        `<a href="${escapeHtml(relative(apiPath(template, { id: manifesto.id })))}">${words(code)}</a>`;
      return `<li><strong>${escapeHtml(text.title)}</strong> : ${link(OPEN_DATA_CSV_PATH, 'page.home.open_data_csv')}, ${link(OPEN_DATA_JSON_PATH, 'page.home.open_data_json')} · ${link(DATA_PACKAGE_PATH, 'page.home.open_data_package')}</li>`;
    })
    .join('\n');
  const first = input.manifestos[0]?.manifesto.id;
  const embed = first
    ? `<h2>${words('page.home.embed')}</h2>
<p>${words('page.home.embed_intro')}</p>
<pre><code>${escapeHtml(counterSnippet(publicUrl, first))}</code></pre>`
    : '';
  const body = `<p>${words('page.home.intro')}</p>
<h2>${words('page.home.manifestos')}</h2>
<ul>
${manifestos}
</ul>
<h2>${words('page.home.open_data')}</h2>
<p>${openDataIntro}</p>
<ul>
${openData}
</ul>
${embed}
<h2>${words('page.home.developers')}</h2>
<ul>
<li><a href="${relative(DOCS_PATH)}">${words('page.home.docs')}</a></li>
<li><a href="${relative(OPENAPI_PATH)}">${words('page.home.openapi')}</a></li>
</ul>
<h2>${words('page.home.moderation')}</h2>
<p><a href="${relative(CONSOLE_PAGE_PATH)}">${words('page.home.console')}</a></p>`;
  return htmlPage({ locale, title: messageFor('page.home.title', locale), body });
}
