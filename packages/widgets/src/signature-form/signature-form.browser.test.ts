import {
  labelOf,
  plateformcoop2023,
  SIGNATORY_KINDS,
  type SignatoryKind,
} from '@plateformcoop/model';
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { roleOfField, sectionNamed } from '../../test/labelled.js';
import { labelled, mount, shadowOf, shadowText, until } from '../../test/render.js';
import './define.js';
import { CONSENT_FIELDS, FIELDS_BY_KIND, labelCode } from './form-fields.js';
import type { PlateformcoopSignatureForm } from './signature-form.element.js';
import { en, fr } from './signature-form.words.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
});

const words = { fr, en };
type Code = keyof typeof fr;

async function form(lang = 'fr', kind = 'individual', privacyUrl = 'https://example.org/privacy') {
  const element = await mount<PlateformcoopSignatureForm>(
    `<plateformcoop-signature-form registry="${registry}" kind="${kind}"></plateformcoop-signature-form>`,
    lang,
  );
  element.setAttribute('privacy-url', privacyUrl); // set as a page would, quotes and all
  const view = shadowOf(element);
  await view.findByRole('button', { name: words[lang as 'fr'][`widget.form.submit`] });
  return { element, view };
}

const allFields = [...Object.values(FIELDS_BY_KIND).flat(), ...CONSENT_FIELDS];

/** The form's control for a field, found by its role and name as a person finds it. */
const field = (
  view: ReturnType<typeof shadowOf>,
  path: string,
  lang: 'fr' | 'en' = 'fr',
  kind: SignatoryKind = 'individual',
) =>
  view.getByRole<HTMLInputElement>(roleOfField(allFields.find((f) => f.path === path)!.type), {
    name: labelled(words[lang][labelCode(path, kind) as Code]),
  });

/** A section of the form, found by its name: « Étape 2 sur 5 » and its title. */
const section = (view: ReturnType<typeof shadowOf>, code: Code, lang: 'fr' | 'en' = 'fr') =>
  view.getByRole('group', {
    name: sectionNamed(words[lang]['widget.form.step'], words[lang][code]),
  });

/** Every control that says its value is wrong. */
const invalidControls = (view: ReturnType<typeof shadowOf>) =>
  [
    ...view.queryAllByRole('textbox'),
    ...view.queryAllByRole('combobox'),
    ...view.queryAllByRole('checkbox'),
  ].filter((control) => control.getAttribute('aria-invalid') === 'true');

/** The summary's name, for any number of errors. */
const summaryName = (lang: 'fr' | 'en') =>
  new RegExp(
    `^(?:${['one', 'other'].map((n) => words[lang][`widget.form.summary.${n}` as Code].replace('{count}', '\\d+')).join('|')})$`,
  );

describe('<plateformcoop-signature-form> against the real registry', () => {
  it('is accessible empty, in French and in English, with no error on first paint', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { element, view } = await form(lang);
      expect(invalidControls(view)).toEqual([]);
      // Every field is found by its label: label and control are in the same shadow tree.
      for (const { path } of [...FIELDS_BY_KIND.individual, ...CONSENT_FIELDS]) {
        expect(field(view, path, lang).id, path).toBe(`f-${path.replaceAll('.', '-')}`);
      }
      const kinds = section(view, 'widget.form.kind', lang);
      for (const kind of SIGNATORY_KINDS) {
        const name = labelOf('signatoryKind', kind, lang);
        const radio = within(kinds).getByRole<HTMLInputElement>('radio', { name });
        expect(radio.checked, kind).toBe(kind === 'individual');
      }
      expect(await axeViolations(element), lang).toEqual([]);
    }
  });

  it('words its steps, labels and issues from the catalogue, in French and in English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const kind of ['collectivity', 'platform', 'organization', 'individual'] as const) {
        const { element, view } = await form(lang, kind);
        expect(view.getByRole('heading', { level: 2 }).textContent).toBe(
          words[lang]['widget.form.title'],
        );
        await userEvent.click(
          view.getByRole('button', { name: words[lang]['widget.form.submit'] }),
        );
        const summary = await view.findByRole('group', { name: summaryName(lang) });
        for (const { path } of [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS]) {
          expect(field(view, path, lang, kind), `${lang} ${path}`).toBeTruthy();
        }
        const count = within(summary).getAllByRole('listitem').length;
        expect(summary).toHaveAccessibleName(
          words[lang][`widget.form.summary.${count === 1 ? 'one' : 'other'}`].replace(
            '{count}',
            String(count),
          ),
        );
        // A code without words would show itself.
        expect(shadowText(element), `${lang} ${kind}`).not.toMatch(
          /\b(?:widget|signatory|consents)\.[\w.-]+/,
        );
      }
    }
  });

  it('validates a field after its first blur, tied to it by aria-describedby', async () => {
    const { view } = await form();
    const email = field(view, 'signatory.individual.email');
    await userEvent.click(email);
    await userEvent.keyboard('pas-une-adresse');
    expect(email.getAttribute('aria-invalid')).toBe('false'); // not while typing the first time
    await userEvent.tab();
    // The error is the field's description: a screen reader reads it with the field.
    await view.findByRole('textbox', {
      name: labelled(fr['signatory.individual.email']),
      description: /^Cette adresse e-mail n'est pas valide/,
    });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // Live after that: fixing it clears the error while typing.
    await userEvent.clear(email);
    await userEvent.type(email, 'aline@example.org');
    await until(() => email.getAttribute('aria-invalid') === 'false', 'the fix');
    expect(
      view.getByRole('textbox', { name: labelled(fr['signatory.individual.email']) }),
    ).toHaveAccessibleDescription('');
  });

  it('focuses an error summary with links to the fields on a failed submit', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { element, view } = await form(lang);
      await userEvent.click(view.getByRole('button', { name: words[lang]['widget.form.submit'] }));
      const summary = await view.findByRole('group', { name: summaryName(lang) });
      await until(() => element.shadowRoot!.activeElement === summary, 'focus on the summary');
      const links = within(summary).getAllByRole('link');
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(invalidControls(view).length).toBeGreaterThanOrEqual(3);
      expect(await axeViolations(element), `errors, ${lang}`).toEqual([]);
      await userEvent.click(links[0]!);
      const first = field(view, 'signatory.individual.givenName', lang);
      expect(element.shadowRoot!.activeElement).toBe(first);
      expect(links[0]!.getAttribute('href')).toBe(`#${first.id}`);
    }
  });

  it('signs as a citizen with the keyboard alone and ends on "check your mailbox"', async () => {
    const { element, view } = await form();
    const signed: unknown[] = [];
    element.addEventListener('plateformcoop-signed', (e) => signed.push((e as CustomEvent).detail));
    // Tab to a control as a keyboard user does, never clicking.
    const tabTo = async (control: HTMLElement) => {
      for (let i = 0; i < 40 && element.shadowRoot!.activeElement !== control; i++)
        await userEvent.tab();
      expect(element.shadowRoot!.activeElement).toBe(control);
    };
    field(view, 'signatory.individual.givenName').focus();
    await userEvent.keyboard('Claire');
    await tabTo(field(view, 'signatory.individual.familyName'));
    await userEvent.keyboard('Clavier');
    await tabTo(field(view, 'signatory.individual.email'));
    await userEvent.keyboard('claire.clavier@example.org');
    await tabTo(field(view, 'signatory.individual.postalCode'));
    await userEvent.keyboard('59000');
    await tabTo(field(view, 'consents.sign'));
    await userEvent.keyboard(' ');
    await tabTo(field(view, 'consents.publicDisplay'));
    await userEvent.keyboard(' ');
    const submit = view.getByRole('button', { name: fr['widget.form.submit'] });
    await tabTo(submit);
    // Focus is visible: a ring of at least 2 px.
    expect(getComputedStyle(submit).outlineStyle).toBe('solid');
    expect(Number.parseFloat(getComputedStyle(submit).outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.keyboard('{Enter}');
    const sent = await view.findByRole(
      'region',
      { name: fr['widget.form.sent.title'] },
      { timeout: 20_000 },
    );
    await until(() => element.shadowRoot!.activeElement === sent, 'focus on the sent message');
    expect(signed).toMatchObject([{ status: 'pending_confirmation' }]);
    expect(await commands.lastMailTo('claire.clavier@example.org')).toBeTruthy();
    // The page it was signed from went with it, its origin and path only: the mails lead back.
    // (The test page is framed, as the registry's iframe page is: the framing page's address.)
    expect(window.top).not.toBe(window);
    const framing = new URL(document.referrer);
    expect(await commands.signedFromOf('claire.clavier@example.org')).toBe(
      `${framing.origin}${framing.pathname}`,
    );
    // The recap: where the mail went, as what, which commitments, and what comes next.
    expect(sent).toHaveTextContent(
      fr['widget.form.sent.body'].replace('{email}', 'claire.clavier@example.org'),
    );
    expect(sent).toHaveTextContent(fr['widget.form.sent.next.published']);
    const recap = within(sent).getByRole('heading', { name: fr['widget.form.sent.recap'] });
    expect(recap).toHaveAttribute('aria-level', '3');
    const terms = within(sent)
      .getAllByRole('term')
      .map((t) => t.textContent);
    const definitions = within(sent)
      .getAllByRole('definition')
      .map((d) => d.textContent?.trim());
    expect(Object.fromEntries(terms.map((t, i) => [t, definitions[i]]))).toEqual({
      [fr['widget.form.sent.email']]: 'claire.clavier@example.org',
      [fr['widget.form.sent.kind']]: labelOf('signatoryKind', 'individual', 'fr'),
      [fr['widget.form.sent.commitments']]: fr['widget.form.sent.no-commitments'],
    });
    // Nothing came? The mail is sent again, and the form says so.
    const mails = await commands.mailsTo('claire.clavier@example.org');
    await userEvent.click(within(sent).getByRole('button', { name: fr['widget.form.resend'] }));
    await within(sent).findByText(
      fr['widget.form.resent'].replace('{email}', 'claire.clavier@example.org'),
    );
    expect(within(sent).queryByRole('button')).toBeNull();
    await expect.poll(() => commands.mailsTo('claire.clavier@example.org')).toBe(mails + 1);
    // No blank below: the element is as tall as what it shows.
    const base = element.shadowRoot!.firstElementChild as HTMLElement;
    expect(element.getBoundingClientRect().height).toBeCloseTo(
      base.getBoundingClientRect().height,
      0,
    );
    expect(await axeViolations(element), 'sent').toEqual([]);
  });

  it("shows the registry's own issues (422) on their fields, keeping what was typed", async () => {
    // A page can hold a widget older than its registry, whose rules are stricter: this sends
    // what the form accepted, altered in flight as a newer rule would see it, to the real
    // registry, which answers with its real 422.
    const { element, view } = await form();
    await userEvent.type(field(view, 'signatory.individual.givenName'), 'Inès');
    await userEvent.type(field(view, 'signatory.individual.familyName'), 'Ancienne');
    await userEvent.type(field(view, 'signatory.individual.email'), 'ines@example.org');
    await userEvent.click(field(view, 'consents.sign'));
    const realFetch = window.fetch;
    const answers: number[] = [];
    window.fetch = async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/signatures')) {
        const body = JSON.parse(String(init.body)) as {
          signatory: { individual: { email: string } };
        };
        body.signatory.individual.email = 'ines@exemple';
        const answer = await realFetch(input, { ...init, body: JSON.stringify(body) });
        answers.push(answer.status);
        return answer;
      }
      return realFetch(input, init);
    };
    try {
      await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
      const summary = await view.findByRole(
        'group',
        { name: summaryName('fr') },
        { timeout: 20_000 },
      );
      expect(answers).toEqual([422]);
      await until(() => element.shadowRoot!.activeElement === summary, 'focus on the summary');
      // The registry's words, in the form's language, on the field and in the summary.
      const email = view.getByRole('textbox', {
        name: labelled(fr['signatory.individual.email']),
        description: /^Cette adresse e-mail n'est pas valide/,
      });
      expect(email.getAttribute('aria-invalid')).toBe('true');
      const link = within(summary).getByRole('link', {
        name: /^Adresse e-mail : cette adresse e-mail n'est pas valide/,
      });
      expect(link.getAttribute('href')).toBe(`#${email.id}`);
      expect((email as HTMLInputElement).value).toBe('ines@example.org');
      expect(field(view, 'signatory.individual.givenName').value).toBe('Inès');
      expect(view.queryByText(fr['widget.form.sent.title'])).toBeNull();
      expect(await axeViolations(element), 'server issues').toEqual([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps what was typed when the network fails, and sends on retry', async () => {
    const { element, view } = await form('en');
    await userEvent.type(field(view, 'signatory.individual.givenName', 'en'), 'Rémi');
    await userEvent.type(field(view, 'signatory.individual.familyName', 'en'), 'Réseau');
    await userEvent.type(
      field(view, 'signatory.individual.email', 'en'),
      'remi.reseau@example.org',
    );
    await userEvent.click(field(view, 'consents.sign', 'en'));
    element.registry = 'http://127.0.0.1:9'; // the connection drops
    await userEvent.click(view.getByRole('button', { name: en['widget.form.submit'] }));
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('not answering');
    expect(alert).toHaveTextContent(en['widget.form.network-kept']);
    expect(field(view, 'signatory.individual.email', 'en').value).toBe('remi.reseau@example.org');
    expect(await axeViolations(element), 'failed').toEqual([]);
    element.registry = registry; // back online
    await element.updateComplete;
    await userEvent.click(view.getByRole('button', { name: en['widget.form.retry'] }));
    await view.findByText(en['widget.form.sent.title'], {}, { timeout: 20_000 });
  });

  it('signs for a collectivity chosen from the official list with the keyboard (combobox)', async () => {
    const { element, view } = await form('fr', 'collectivity');
    const chooser = view.getByRole('combobox', { name: labelled(fr['widget.form.collectivity']) });
    expect(chooser).toHaveAccessibleDescription(fr['widget.form.collectivity.hint']);
    await userEvent.click(chooser);
    await userEvent.keyboard('Roubaix');
    const list = await view.findByRole('listbox', { name: fr['widget.form.collectivity'] });
    expect(chooser.getAttribute('aria-expanded')).toBe('true');
    expect(chooser.getAttribute('aria-controls')).toBe(list.id);
    expect(await axeViolations(element), 'suggestions').toEqual([]);
    await userEvent.keyboard('{ArrowDown}');
    const active = within(list).getByRole('option', { selected: true });
    expect(active).toHaveTextContent(/^Roubaix \(/);
    expect(chooser.getAttribute('aria-activedescendant')).toBe(active.id);
    await userEvent.keyboard('{Enter}');
    await until(() => chooser.getAttribute('aria-expanded') === 'false', 'the choice');
    expect(view.queryByRole('listbox')).toBeNull();
    expect((chooser as HTMLInputElement).value).toBe('Roubaix');
    expect(
      view.getByText(fr['widget.form.collectivity.chosen'].replace('{name}', 'Roubaix')),
    ).toHaveAttribute('role', 'status');

    // Then the whole signature of the commune, with a commitment, accepted by the registry.
    await userEvent.type(field(view, 'signatory.representative.givenName'), 'Dominique');
    await userEvent.type(field(view, 'signatory.representative.familyName'), 'Exemple');
    await userEvent.selectOptions(field(view, 'signatory.representative.role'), 'maire');
    await userEvent.type(
      field(view, 'signatory.representative.email'),
      'mairie@roubaix.example.org',
    );
    await userEvent.click(field(view, 'signatory.representative.authorised'));
    const commitments = section(view, 'widget.form.commitments');
    const boxes = within(commitments).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    await userEvent.click(boxes[0]!);
    await userEvent.click(field(view, 'consents.sign'));
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    const sent = await view.findByRole(
      'region',
      { name: fr['widget.form.sent.title'] },
      { timeout: 20_000 },
    );
    expect(await commands.lastMailTo('mairie@roubaix.example.org')).toBeTruthy();
    const definitions = within(sent)
      .getAllByRole('definition')
      .map((d) => d.textContent?.trim());
    expect(definitions).toEqual([
      'mairie@roubaix.example.org',
      labelOf('signatoryKind', 'collectivity', 'fr'),
      'Roubaix',
      plateformcoop2023.commitments[0]!.label.fr,
    ]);
  });

  it('links its privacy policy only at an http(s) address the page gives', async () => {
    const privacyLink = { name: fr['widget.form.privacy-link'] };
    const https = await form('fr', 'individual', 'https://example.org/confidentialite');
    expect(https.view.getByRole('link', privacyLink).getAttribute('href')).toBe(
      'https://example.org/confidentialite',
    );
    // Relative to the page, as a town's own site would write it.
    const relative = await form('fr', 'individual', '/confidentialite');
    expect(relative.view.getByRole('link', privacyLink).getAttribute('href')).toBe(
      new URL('/confidentialite', document.baseURI).href,
    );
    for (const hostile of [
      'javascript:alert(1)',
      ' JavaScript:alert(document.domain)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const { element, view } = await form('fr', 'individual', hostile);
      expect(view.queryByRole('link', privacyLink), hostile).toBeNull();
      expect(element.shadowRoot!.querySelector('a[href^="java"], a[href^="data"]')).toBeNull();
      // The notice itself stays.
      expect(view.getByText(fr['widget.form.privacy'])).toBeTruthy();
    }
  });
});

describe('<plateformcoop-signature-form>: how it reads', () => {
  it('names the field of each summary entry, with the plural its count takes', async () => {
    const { element, view } = await form();
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    let summary = await view.findByRole('group', { name: summaryName('fr') });
    expect(summary).toHaveAccessibleName(
      fr['widget.form.summary.other'].replace(
        '{count}',
        String(within(summary).getAllByRole('link').length),
      ),
    );
    const entries = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(entries).toContain('Prénom : ce champ est obligatoire.');
    expect(entries).toContain('Nom : ce champ est obligatoire.');
    expect(entries).toContain(
      `${fr['consents.sign'].replace(/\.$/, '')} : cochez la case pour signer le manifeste.`,
    );
    // Everything but the e-mail address: one error, in the singular.
    await userEvent.type(field(view, 'signatory.individual.givenName'), 'Une');
    await userEvent.type(field(view, 'signatory.individual.familyName'), 'Erreur');
    await userEvent.click(field(view, 'consents.sign'));
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    summary = await view.findByRole('group', {
      name: fr['widget.form.summary.one'].replace('{count}', '1'),
    });
    expect(within(summary).getByRole('link').textContent).toBe(
      'Adresse e-mail : ce champ est obligatoire.',
    );
    expect(await axeViolations(element)).toEqual([]);
  });

  it('keeps the required mark out of the accessible name: `required` says it', async () => {
    const { view } = await form();
    const givenName = view.getByRole('textbox', { name: 'Prénom' });
    expect(givenName).toBeRequired();
    expect(view.getByText('Prénom').closest('label')).toHaveTextContent('Prénom *');
    const postalCode = view.getByRole('textbox', { name: fr['signatory.individual.postalCode'] });
    expect(postalCode).not.toBeRequired();
    expect(view.getByRole('checkbox', { name: fr['consents.sign'] })).toBeRequired();
  });

  it('numbers its sections and puts their titles one heading level below its own, which the page sets', async () => {
    const byDefault = await form('fr', 'collectivity');
    expect(byDefault.view.getByRole('heading', { level: 2 })).toHaveTextContent(
      fr['widget.form.title'],
    );
    const { element, view } = await form('fr', 'collectivity');
    element.setAttribute('heading-level', '3');
    await element.updateComplete;
    expect(view.getByRole('heading', { level: 3 })).toHaveTextContent(fr['widget.form.title']);
    const sections = view.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(sections).toEqual([
      fr['widget.form.kind'],
      fr['widget.form.section.collectivity'],
      fr['widget.form.section.representative'],
      fr['widget.form.commitments'],
      fr['widget.form.consents'],
    ]);
    // Where each section stands: « Étape 2 sur 5 », and the whole count at the top.
    expect(section(view, 'widget.form.section.collectivity')).toHaveAccessibleName(
      `Étape 2 sur 5 ${fr['widget.form.section.collectivity']}`,
    );
    expect(view.getByText(/Le formulaire compte 5 étapes\./)).toBeTruthy();
    // A citizen's form is shorter.
    const citizen = await form('fr', 'individual');
    expect(section(citizen.view, 'widget.form.consents')).toHaveAccessibleName(
      `Étape 4 sur 4 ${fr['widget.form.consents']}`,
    );
  });

  it('groups the commitments by the manifesto’s axes, each with its description behind a disclosure', async () => {
    const { element, view } = await form('fr', 'collectivity');
    const commitments = section(view, 'widget.form.commitments');
    const axes = within(commitments).getAllByRole('heading', { level: 4 });
    expect(axes.map((h) => h.textContent)).toEqual(
      plateformcoop2023.commitmentGroups.map((g) => g.title.fr),
    );
    for (const group of plateformcoop2023.commitmentGroups) {
      const axis = within(commitments).getByRole('group', { name: group.title.fr });
      const expected = plateformcoop2023.commitments.filter(
        (c) => c.group === group.id && c.forKinds.includes('collectivity'),
      );
      expect(within(axis).getAllByRole('checkbox').length, group.id).toBe(expected.length);
    }
    const [first] = plateformcoop2023.commitments;
    const description = view.getByText(first!.description.fr);
    expect(description).not.toBeVisible();
    const disclosure = view.getByLabelText(
      fr['widget.form.commitment.details-of'].replace('{label}', first!.label.fr),
    );
    expect(disclosure).toHaveTextContent(fr['widget.form.commitment.details']);
    await userEvent.click(disclosure);
    expect(description).toBeVisible();
    expect(view.getByRole('checkbox', { name: first!.label.fr })).not.toBeChecked();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('puts a platform’s own fields under their own heading, apart from the person who signs', async () => {
    for (const kind of ['platform', 'organization'] as const) {
      const { view } = await form('fr', kind);
      const own = section(view, `widget.form.section.${kind}`);
      const person = section(view, 'widget.form.section.representative');
      for (const { path } of FIELDS_BY_KIND[kind]) {
        const control = field(view, path, 'fr', kind);
        const where = path.startsWith('signatory.representative.') ? person : own;
        expect(where, path).toContainElement(control);
      }
      expect(within(own).getAllByRole('textbox').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('words the consent to be listed for each kind: a citizen has no role to show', async () => {
    const citizen = await form('fr', 'individual');
    expect(
      citizen.view.getByRole('checkbox', { name: fr['consents.publicDisplay.individual'] }),
    ).toBeTruthy();
    expect(citizen.view.queryByText(/fonction/)).toBeNull();
    const mayor = await form('fr', 'collectivity');
    expect(mayor.view.getByRole('checkbox', { name: fr['consents.publicDisplay'] })).toBeTruthy();
    expect(
      mayor.view.getByRole('combobox', { name: fr['signatory.representative.role'] }),
    ).toBeTruthy();
  });

  it('ticks its boxes and radio buttons in the colour the page themes it with', async () => {
    const { element, view } = await form();
    const box = view.getByRole('checkbox', { name: fr['consents.sign'] });
    const radio = view.getByRole('radio', { name: labelOf('signatoryKind', 'individual', 'fr') });
    expect(getComputedStyle(box).accentColor).toBe('rgb(29, 79, 145)');
    element.style.setProperty('--plateformcoop-color-primary', 'rgb(0, 104, 55)');
    expect(getComputedStyle(box).accentColor).toBe('rgb(0, 104, 55)');
    expect(getComputedStyle(radio).accentColor).toBe('rgb(0, 104, 55)');
  });

  it('announces how many collectivities it found, in the singular, the plural or none', async () => {
    const { view } = await form('fr', 'collectivity');
    const chooser = view.getByRole('combobox', { name: fr['widget.form.collectivity'] });
    expect(chooser).toBeRequired();
    const said = () =>
      view
        .getAllByRole('status')
        .map((s) => s.textContent?.trim())
        .filter(Boolean)
        .join(' ');
    await userEvent.type(chooser, 'Roubaix');
    await until(() => /proposées?$/.test(said()), 'the first search');
    const count = within(view.getByRole('listbox')).getAllByRole('option').length;
    expect(said()).toBe(
      fr[`widget.form.collectivity.results.${count === 1 ? 'one' : 'other'}`].replace(
        '{count}',
        String(count),
      ),
    );
    await userEvent.clear(chooser);
    await userEvent.type(chooser, 'Zzyzx-sur-Rien');
    await until(() => said() === '0 collectivité proposée', 'no result, in the singular');
  });

  it('says the campaign is closed, with no form, after its closesOn (a campaign of MANIFESTOS_DIR)', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const element = await mount<PlateformcoopSignatureForm>(
        `<plateformcoop-signature-form registry="${registry}" manifesto="campagne-close-2025"></plateformcoop-signature-form>`,
        lang,
      );
      const view = shadowOf(element);
      const status = await view.findByText(words[lang]['widget.form.closed']);
      expect(status).toHaveAttribute('role', 'status');
      expect(view.queryByRole('button', { name: words[lang]['widget.form.submit'] })).toBeNull();
      expect(view.queryByRole('textbox')).toBeNull();
      expect(await axeViolations(element), lang).toEqual([]);
    }
  });

  it('reloads the text when the registry says it changed (409 manifesto.outdated), keeping what was typed', async () => {
    const element = await mount<PlateformcoopSignatureForm>(
      `<plateformcoop-signature-form registry="${registry}" manifesto="texte-revise-2026" kind="individual"></plateformcoop-signature-form>`,
    );
    const view = shadowOf(element);
    await view.findByRole('button', { name: fr['widget.form.submit'] });
    await userEvent.type(field(view, 'signatory.individual.givenName'), 'Rémi');
    await userEvent.type(field(view, 'signatory.individual.familyName'), 'Relu');
    await userEvent.type(field(view, 'signatory.individual.email'), 'remi.relu@example.org');
    await userEvent.click(field(view, 'consents.sign'));
    await commands.reviseManifesto('texte-revise-2026');
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    const notice = await view.findByText(fr['widget.form.reloaded'], {}, { timeout: 20_000 });
    expect(notice).toHaveAttribute('role', 'status');
    expect(field(view, 'signatory.individual.givenName')).toHaveValue('Rémi');
    expect(await commands.mailsTo('remi.relu@example.org')).toBe(0);
    // Signed again, once the new text is in: accepted.
    const submit = view.getByRole('button', {
      name: fr['widget.form.submit'],
    }) as HTMLButtonElement;
    await until(() => !submit.disabled, 'the new text');
    await userEvent.click(submit);
    await view.findByRole('region', { name: fr['widget.form.sent.title'] }, { timeout: 20_000 });
    expect(await axeViolations(element)).toEqual([]);
  });
});
