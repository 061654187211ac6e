import { labelOf, SIGNATORY_KINDS } from '@plateformcoop/model';
import { within } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { labelled, mount, shadowOf, shadowText, until } from '../../test/render.js';
import './define.js';
import { CONSENT_FIELDS, FIELDS_BY_KIND } from './form-fields.js';
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

/** The form's control for a field, found by its label as a person finds it. */
const field = (view: ReturnType<typeof shadowOf>, path: string, lang: 'fr' | 'en' = 'fr') =>
  view.getByLabelText<HTMLInputElement>(labelled(words[lang][path as Code]));

/** Every control that says its value is wrong. */
const invalidControls = (view: ReturnType<typeof shadowOf>) =>
  [
    ...view.queryAllByRole('textbox'),
    ...view.queryAllByRole('combobox'),
    ...view.queryAllByRole('checkbox'),
  ].filter((control) => control.getAttribute('aria-invalid') === 'true');

const summaryName = (lang: 'fr' | 'en') =>
  new RegExp(
    `^${words[lang]['widget.form.summary'].replace('{count}', '\\d+').replace('(s)', '\\(s\\)')}$`,
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
      const kinds = view.getByRole('group', { name: words[lang]['widget.form.kind'] });
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
          expect(field(view, path, lang), `${lang} ${path}`).toBeTruthy();
        }
        const count = within(summary).getAllByRole('listitem').length;
        expect(summary).toHaveAccessibleName(
          words[lang]['widget.form.summary'].replace('{count}', String(count)),
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
    const title = await view.findByText(fr['widget.form.sent.title'], {}, { timeout: 20_000 });
    const sent = view.getByRole('status');
    expect(sent).toContainElement(title);
    expect(sent).toHaveTextContent(fr['widget.form.sent.body']);
    await until(() => element.shadowRoot!.activeElement === sent, 'focus on the sent message');
    expect(signed).toMatchObject([{ status: 'pending_confirmation' }]);
    expect(await commands.lastMailTo('claire.clavier@example.org')).toBeTruthy();
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
      const link = within(summary).getByRole('link', { name: /^Cette adresse e-mail/ });
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
    const commitments = view.getByRole('group', { name: fr['widget.form.commitments'] });
    const boxes = within(commitments).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    await userEvent.click(boxes[0]!);
    await userEvent.click(field(view, 'consents.sign'));
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    await view.findByText(fr['widget.form.sent.title'], {}, { timeout: 20_000 });
    expect(await commands.lastMailTo('mairie@roubaix.example.org')).toBeTruthy();
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
