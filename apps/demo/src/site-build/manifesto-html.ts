import { type Locale, type Manifesto, platforms } from '@plateformcoop/model';
import { escapeHtml } from './escape-html.js';

/**
 * The manifesto page's static parts, rendered at build time from `@plateformcoop/model` (the one
 * source of the text), so that the text is in the HTML itself: readable without JavaScript and
 * by search engines. The widgets (counters, cards, list) stay live.
 */

/** Markup placed right after one paragraph of the text (a form after « Signez ici ! »). */
export interface AfterParagraph {
  /** The section's id in the model. */
  section: string;
  /** The paragraph's index in that section. */
  paragraph: number;
  html: string;
}

/**
 * The full text: one `<section>` per section of the text, its heading at `headingLevel`, with
 * `after`'s markup after the paragraph it names (which must exist).
 */
export function manifestoTextHtml(
  manifesto: Manifesto,
  locale: Locale,
  headingLevel = 2,
  after?: AfterParagraph,
): string {
  const text = manifesto.texts[locale] ?? manifesto.texts.fr;
  const h = `h${headingLevel}`;
  if (after && !text.sections.find((s) => s.id === after.section)?.paragraphs[after.paragraph])
    throw new Error(`no paragraph ${after.paragraph} in section ${after.section}`);
  return text.sections
    .map((section) => {
      const heading = section.heading
        ? `<${h} id="${escapeHtml(section.id)}">${escapeHtml(section.heading)}</${h}>\n`
        : '';
      const paragraphs = section.paragraphs
        .map((p, i) => {
          const here = after?.section === section.id && after.paragraph === i;
          return `<p>${escapeHtml(p)}</p>${here ? `\n${after.html}` : ''}`;
        })
        .join('\n');
      return `<section class="manifesto-section">\n${heading}${paragraphs}\n</section>`;
    })
    .join('\n');
}

/** The commitments ("modalités"), grouped as the text groups them. */
export function commitmentsHtml(manifesto: Manifesto, locale: Locale, headingLevel = 3): string {
  const h = `h${headingLevel}`;
  return manifesto.commitmentGroups
    .map((group) => {
      const items = manifesto.commitments
        .filter((c) => c.group === group.id)
        .map(
          (c) =>
            `<li><strong>${escapeHtml(c.label[locale] ?? c.label.fr)}</strong> : ${escapeHtml(c.description[locale] ?? c.description.fr)}</li>`,
        )
        .join('\n');
      return `<${h}>${escapeHtml(group.title[locale] ?? group.title.fr)}</${h}>\n<ul class="commitments">\n${items}\n</ul>`;
    })
    .join('\n');
}

/** One `<plateformcoop-platform-card>` per platform the manifesto names. */
export function platformCardsHtml(headingLevel = 3): string {
  return platforms
    .map(
      (p) =>
        `<li><plateformcoop-platform-card platform="${escapeHtml(p.slug)}" heading-level="${headingLevel}"></plateformcoop-platform-card></li>`,
    )
    .join('\n');
}
