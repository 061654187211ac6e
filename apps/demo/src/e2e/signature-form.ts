import { labelOf, type RepresentativeRole, type SignatoryKind } from '@plateformcoop/model';
import type { Locator, Page } from 'playwright-core';

/**
 * How a person fills `<plateformcoop-signature-form>`: by the labels and roles they see
 * (Playwright's locators pierce the element's open shadow root, as assistive technology does).
 */
export function signatureForm(page: Page, within = 'plateformcoop-signature-form'): Locator {
  return page.locator(within).first();
}

/** Types into the collectivity combobox and picks the suggestion named `name`. */
export async function chooseCollectivity(form: Locator, query: string, name: string) {
  const box = form.getByRole('combobox', { name: /collectivit|local authority/i });
  await box.fill(query);
  await form
    .getByRole('option', { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
}

export interface Representative {
  givenName: string;
  familyName: string;
  /** A code of the model's `representativeRole` list (`maire`, `co-fondateur`, ...). */
  role: RepresentativeRole;
  email: string;
}

export async function fillRepresentative(form: Locator, person: Representative, fr = true) {
  await form.getByLabel(fr ? /^Prénom( \*)?$/ : /^Given name( \*)?$/).fill(person.givenName);
  await form.getByLabel(fr ? /^Nom( \*)?$/ : /^Family name( \*)?$/).fill(person.familyName);
  await form
    .getByLabel(fr ? /^Fonction( \*)?$/ : /^Role( \*)?$/)
    .selectOption({ label: labelOf('representativeRole', person.role, fr ? 'fr' : 'en') });
  await form.getByLabel(fr ? /^Adresse e-mail/ : /^E-mail/).fill(person.email);
  await form.getByLabel(fr ? /habilité/ : /authorised/).check();
}

export async function acceptToSign(form: Locator, fr = true) {
  await form.getByLabel(fr ? /^Je signe le manifeste/ : /^I sign the manifesto/).check();
}

export async function submit(form: Locator, fr = true) {
  await form
    .getByRole('button', { name: fr ? /^(Signer|Réessayer)$/ : /^(Sign|Try again)$/ })
    .click();
}

/**
 * The end state once the registry accepted the signature: « Vérifiez votre boîte mail », with the
 * recap of what was sent. Waits for it.
 */
export async function sentRecap(form: Locator, fr = true): Promise<Locator> {
  const sent = form.getByRole('region', {
    name: fr ? 'Vérifiez votre boîte mail' : 'Check your mailbox',
  });
  await sent.waitFor({ timeout: 20_000 });
  return sent;
}

/** Chooses who signs (the form's first question). */
export async function chooseKind(form: Locator, kind: SignatoryKind, fr = true) {
  await form.getByLabel(labelOf('signatoryKind', kind, fr ? 'fr' : 'en'), { exact: true }).check();
}

/**
 * The error a field announces: the text of the elements its `aria-describedby` points to, in
 * its own shadow root (what a screen reader reads after the label).
 */
export async function fieldDescription(field: Locator): Promise<string> {
  return field.evaluate((input) => {
    const root = input.getRootNode() as Document | ShadowRoot;
    return (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
  });
}
