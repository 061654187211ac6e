import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../../test/axe.js';
import { mount, shadowText, until } from '../../test/render.js';
import './define.js';
import { CONSENT_FIELDS, FIELDS_BY_KIND } from './form-fields.js';
import type { PlateformcoopSignatureForm } from './signature-form.element.js';
import { en, fr } from './signature-form.words.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
});

async function form(lang = 'fr', kind = 'individual') {
  const element = await mount<PlateformcoopSignatureForm>(
    `<plateformcoop-signature-form registry="${registry}" kind="${kind}" privacy-url="https://example.org/privacy"></plateformcoop-signature-form>`,
    lang,
  );
  await until(() => element.shadowRoot!.querySelector('form'), 'the form');
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

describe('<plateformcoop-signature-form> against the real registry', () => {
  it('is accessible empty, in French and in English, with no error on first paint', async () => {
    for (const lang of ['fr', 'en']) {
      const element = await form(lang);
      expect(element.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).toBe(0);
      // Every control has its label in the same shadow tree.
      for (const control of element.shadowRoot!.querySelectorAll('input, select')) {
        expect(
          element.shadowRoot!.querySelector(`label[for="${control.id}"]`),
          control.id,
        ).not.toBeNull();
      }
      expect(await axeViolations(element), lang).toEqual([]);
    }
  });

  it('words its steps, labels and issues from the catalogue, in French and in English', async () => {
    const words = { fr, en };
    for (const lang of ['fr', 'en'] as const) {
      for (const kind of ['collectivity', 'platform', 'organization', 'individual'] as const) {
        const element = await form(lang, kind);
        await userEvent.click($(element, 'button[type="submit"]'));
        const summary = await until(
          () => element.shadowRoot!.querySelector<HTMLElement>('.summary'),
          'the summary',
        );
        const text = shadowText(element);
        expect(text).toContain(words[lang]['widget.form.title']);
        for (const field of [...FIELDS_BY_KIND[kind], ...CONSENT_FIELDS]) {
          expect(text, `${lang} ${field.path}`).toContain(
            words[lang][field.path as 'consents.sign'],
          );
        }
        const count = summary.querySelectorAll('li').length;
        expect(summary.textContent).toContain(
          words[lang]['widget.form.summary'].replace('{count}', String(count)),
        );
        // A code without words would show itself.
        expect(text, `${lang} ${kind}`).not.toMatch(/\b(?:widget|signatory|consents)\.[\w.-]+/);
      }
    }
  });

  it('validates a field after its first blur, tied to it by aria-describedby', async () => {
    const element = await form();
    const email = $<HTMLInputElement>(element, '#f-signatory-individual-email');
    await userEvent.click(email);
    await userEvent.keyboard('pas-une-adresse');
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).toBe('false'); // not while typing the first time
    await userEvent.tab();
    await until(() => email.getAttribute('aria-invalid') === 'true', 'the error');
    const error = $(element, `#${email.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(error.textContent!.trim().length).toBeGreaterThan(5);
    // Live after that: fixing it clears the error while typing.
    await userEvent.clear(email);
    await userEvent.type(email, 'aline@example.org');
    await until(() => email.getAttribute('aria-invalid') === 'false', 'the fix');
  });

  it('focuses an error summary with links to the fields on a failed submit', async () => {
    for (const lang of ['fr', 'en']) {
      const element = await form(lang);
      await userEvent.click($(element, 'button[type="submit"]'));
      const summary = await until(
        () => element.shadowRoot!.querySelector<HTMLElement>('.summary'),
        'the summary',
      );
      await until(() => element.shadowRoot!.activeElement === summary, 'focus on the summary');
      const links = [...summary.querySelectorAll('a')];
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(
        element.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length,
      ).toBeGreaterThanOrEqual(3);
      expect(await axeViolations(element), `errors, ${lang}`).toEqual([]);
      await userEvent.click(links[0]!);
      expect(element.shadowRoot!.activeElement?.id).toBe(links[0]!.getAttribute('href')!.slice(1));
    }
  });

  it('signs as a citizen with the keyboard alone and ends on "check your mailbox"', async () => {
    const element = await form();
    const signed: unknown[] = [];
    element.addEventListener('plateformcoop-signed', (e) => signed.push((e as CustomEvent).detail));
    // Tab to a control as a keyboard user does, never clicking.
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && element.shadowRoot!.activeElement?.id !== id; i++)
        await userEvent.tab();
      expect(element.shadowRoot!.activeElement?.id).toBe(id);
    };
    $(element, '#f-signatory-individual-givenName').focus();
    await userEvent.keyboard('Claire');
    await tabTo('f-signatory-individual-familyName');
    await userEvent.keyboard('Clavier');
    await tabTo('f-signatory-individual-email');
    await userEvent.keyboard('claire.clavier@example.org');
    await tabTo('f-signatory-individual-postalCode');
    await userEvent.keyboard('59000');
    await tabTo('f-consents-sign');
    await userEvent.keyboard(' ');
    await tabTo('f-consents-publicDisplay');
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab(); // past consents.contact, to the submit button
    const submit = element.shadowRoot!.activeElement as HTMLElement;
    expect(submit.getAttribute('type')).toBe('submit');
    // Focus is visible: a ring of at least 2 px.
    expect(getComputedStyle(submit).outlineStyle).toBe('solid');
    expect(Number.parseFloat(getComputedStyle(submit).outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.keyboard('{Enter}');
    const sent = await until(
      () => element.shadowRoot!.querySelector<HTMLElement>('.sent'),
      'the sent state',
      20_000,
    );
    await until(() => element.shadowRoot!.activeElement === sent, 'focus on the sent message');
    expect(shadowText(element)).toContain('Vérifiez votre boîte mail');
    expect(signed).toMatchObject([{ status: 'pending_confirmation' }]);
    expect(await commands.lastMailTo('claire.clavier@example.org')).toBeTruthy();
    expect(await axeViolations(element), 'sent').toEqual([]);
  });

  it("shows the registry's own issues (422) on their fields, keeping what was typed", async () => {
    // A page can hold a widget older than its registry, whose rules are stricter: this sends
    // what the form accepted, altered in flight as a newer rule would see it, to the real
    // registry, which answers with its real 422.
    const element = await form();
    await userEvent.type($(element, '#f-signatory-individual-givenName'), 'Inès');
    await userEvent.type($(element, '#f-signatory-individual-familyName'), 'Ancienne');
    await userEvent.type($(element, '#f-signatory-individual-email'), 'ines@example.org');
    await userEvent.click($(element, '#f-consents-sign'));
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
      await userEvent.click($(element, 'button[type="submit"]'));
      const summary = await until(
        () => element.shadowRoot!.querySelector<HTMLElement>('.summary'),
        'the summary',
        20_000,
      );
      expect(answers).toEqual([422]);
      await until(() => element.shadowRoot!.activeElement === summary, 'focus on the summary');
      const email = $<HTMLInputElement>(element, '#f-signatory-individual-email');
      expect(email.getAttribute('aria-invalid')).toBe('true');
      const error = $(element, `#${email.getAttribute('aria-describedby')!.split(' ')[0]}`);
      // The registry's words, in the form's language.
      expect(error.textContent).toContain("Cette adresse e-mail n'est pas valide");
      expect(summary.querySelector('a')!.getAttribute('href')).toBe(`#${email.id}`);
      expect(email.value).toBe('ines@example.org');
      expect($<HTMLInputElement>(element, '#f-signatory-individual-givenName').value).toBe('Inès');
      expect(element.shadowRoot!.querySelector('.sent')).toBeNull();
      expect(await axeViolations(element), 'server issues').toEqual([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps what was typed when the network fails, and sends on retry', async () => {
    const element = await form('en');
    const fill = async (selector: string, text: string) => {
      await userEvent.type($(element, selector), text);
    };
    await fill('#f-signatory-individual-givenName', 'Rémi');
    await fill('#f-signatory-individual-familyName', 'Réseau');
    await fill('#f-signatory-individual-email', 'remi.reseau@example.org');
    await userEvent.click($(element, '#f-consents-sign'));
    element.registry = 'http://127.0.0.1:9'; // the connection drops
    await userEvent.click($(element, 'button[type="submit"]'));
    await until(() => element.shadowRoot!.querySelector('[role="alert"]'), 'the failure');
    expect(shadowText(element)).toContain('not answering');
    expect(shadowText(element)).toContain('What you typed is kept.');
    expect($<HTMLInputElement>(element, '#f-signatory-individual-email').value).toBe(
      'remi.reseau@example.org',
    );
    expect(await axeViolations(element), 'failed').toEqual([]);
    element.registry = registry; // back online
    await element.updateComplete;
    await userEvent.click($(element, 'button[type="submit"]'));
    await until(() => element.shadowRoot!.querySelector('.sent'), 'the sent state', 20_000);
    expect(shadowText(element)).toContain('Check your mailbox');
  });

  it('signs for a collectivity chosen from the official list with the keyboard (combobox)', async () => {
    const element = await form('fr', 'collectivity');
    const input = $<HTMLInputElement>(element, '#f-signatory-collectivity');
    expect(input.getAttribute('role')).toBe('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('Roubaix');
    await until(() => input.getAttribute('aria-expanded') === 'true', 'suggestions');
    expect(await axeViolations(element), 'suggestions').toEqual([]);
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-o0$/);
    await userEvent.keyboard('{Enter}');
    await until(() => input.getAttribute('aria-expanded') === 'false', 'the choice');
    expect(input.value).toBe('Roubaix');
    expect(shadowText(element)).toContain('Collectivité choisie : Roubaix');

    // Then the whole signature of the commune, with a commitment, accepted by the registry.
    const root = element.shadowRoot!;
    await userEvent.type($(element, '#f-signatory-representative-givenName'), 'Dominique');
    await userEvent.type($(element, '#f-signatory-representative-familyName'), 'Exemple');
    await userEvent.selectOptions($(element, '#f-signatory-representative-role'), 'maire');
    await userEvent.type(
      $(element, '#f-signatory-representative-email'),
      'mairie@roubaix.example.org',
    );
    await userEvent.click($(element, '#f-signatory-representative-authorised'));
    const commitments = [...root.querySelectorAll<HTMLInputElement>('input[id^="c-"]')];
    expect(commitments.length).toBeGreaterThan(0);
    await userEvent.click(commitments[0]!);
    await userEvent.click($(element, '#f-consents-sign'));
    await userEvent.click($(element, 'button[type="submit"]'));
    await until(() => root.querySelector('.sent'), 'the sent state', 20_000);
    expect(await commands.lastMailTo('mairie@roubaix.example.org')).toBeTruthy();
  });
});
