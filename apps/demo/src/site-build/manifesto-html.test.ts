import { plateformcoop2023, platforms } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { commitmentsHtml, manifestoTextHtml, platformCardsHtml } from './manifesto-html.js';

describe('the manifesto page rendered from the model', () => {
  it('has every section heading and paragraph of the French text, escaped', () => {
    const html = manifestoTextHtml(plateformcoop2023, 'fr');
    for (const section of plateformcoop2023.texts.fr.sections) {
      if (section.heading) expect(html).toContain(`id="${section.id}"`);
      expect(html.match(/<p>/g)?.length).toBeGreaterThanOrEqual(section.paragraphs.length);
    }
    expect(html).toContain('Plateforme coopérative : de quoi parle-t-on ?');
    expect(html).not.toMatch(/<p>[^<]*'/); // apostrophes are escaped
  });

  it('places markup right after the paragraph it names (the form after « Signez ici ! »)', () => {
    const form = '<plateformcoop-signature-form kind="platform"></plateformcoop-signature-form>';
    const html = manifestoTextHtml(plateformcoop2023, 'fr', 3, {
      section: 'porteurs-de-plateformes',
      paragraph: 0,
      html: form,
    });
    expect(html).toContain(`<p>Signez ici !</p>\n${form}`);
    expect(html.split(form)).toHaveLength(2);
    expect(() =>
      manifestoTextHtml(plateformcoop2023, 'fr', 3, { section: 'nope', paragraph: 0, html: form }),
    ).toThrow(/no paragraph 0 in section nope/);
  });

  it('lists the 13 commitments under the 4 groups of the text', () => {
    const html = commitmentsHtml(plateformcoop2023, 'fr');
    expect(html.match(/<li>/g)).toHaveLength(plateformcoop2023.commitments.length);
    expect(html.match(/<h3>/g)).toHaveLength(plateformcoop2023.commitmentGroups.length);
  });

  it('has one card per platform of the model', () => {
    const html = platformCardsHtml();
    for (const p of platforms) expect(html).toContain(`platform="${p.slug}"`);
  });
});
