import { labelOf, type SignatoryKind } from '@plateformcoop/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { labelled } from '../../test/labelled.js';
import {
  NETWORK_UNAVAILABLE,
  shadowOf,
  storyRegistry,
  UNREACHABLE_REGISTRY,
} from '../stories/story-registry.js';
import './define.js';
import { CONSENT_FIELDS, FIELDS_BY_KIND } from './form-fields.js';
import { en, fr } from './signature-form.words.js';

interface FormArgs {
  registry: string;
  lang: 'fr' | 'en';
  kind: SignatoryKind;
  privacyUrl: string;
}

const TAG = 'plateformcoop-signature-form';
const words = { fr, en };
type Code = keyof typeof fr;

/** The form once the manifesto is loaded: its submit button is there. */
async function ready(canvas: HTMLElement, lang: 'fr' | 'en') {
  const view = await shadowOf(canvas, TAG);
  await view.findByRole('button', { name: words[lang]['widget.form.submit'] }, { timeout: 10_000 });
  return view;
}

const meta: Meta<FormArgs> = {
  title: 'Widgets/Signature form',
  component: TAG,
  args: {
    registry: storyRegistry(),
    lang: 'fr',
    kind: 'individual',
    privacyUrl: 'https://example.org/confidentialite',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    kind: {
      control: 'select',
      options: ['collectivity', 'platform', 'organization', 'individual'],
    },
  },
  render: (a) => html`<plateformcoop-signature-form
    registry=${a.registry}
    lang=${a.lang}
    kind=${a.kind}
    privacy-url=${a.privacyUrl}
  ></plateformcoop-signature-form>`,
  // The kind asked is chosen, each of its fields is found by its label, none in error yet, and
  // the privacy policy is linked.
  play: async ({ canvasElement, args }) => {
    const view = await ready(canvasElement, args.lang);
    const kinds = view.getByRole('group', { name: words[args.lang]['widget.form.kind'] });
    await expect(
      within(kinds).getByRole('radio', { name: labelOf('signatoryKind', args.kind, args.lang) }),
    ).toBeChecked();
    for (const { path } of [...FIELDS_BY_KIND[args.kind], ...CONSENT_FIELDS]) {
      const control = view.getByLabelText(labelled(words[args.lang][path as Code]));
      await expect(control).toHaveAttribute('aria-invalid', 'false');
    }
    await expect(
      view.getByRole('link', { name: words[args.lang]['widget.form.privacy-link'] }),
    ).toHaveAttribute('href', args.privacyUrl);
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

export const Citizen: Story = {};
export const Collectivity: Story = { args: { kind: 'collectivity' } };
export const Platform: Story = { args: { kind: 'platform' } };
export const Organisation: Story = { args: { kind: 'organization' } };
export const English: Story = { args: { lang: 'en' } };

/** Submitting an empty form: every field says what is missing, the summary takes focus. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const view = await ready(canvasElement, 'fr');
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    const summary = await view.findByRole('group', { name: /^Le formulaire contient \d+ erreur/ });
    const root = canvasElement.querySelector(TAG)!.shadowRoot!;
    await waitFor(() => expect(root.activeElement).toBe(summary));
    await expect(within(summary).getAllByRole('link').length).toBeGreaterThan(2);
    const email = view.getByLabelText(labelled(fr['signatory.individual.email']));
    await expect(email).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A signature sent: "check your mailbox". */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const view = await ready(canvasElement, 'fr');
    const field = (path: Code) => view.getByLabelText(labelled(fr[path]));
    await userEvent.type(field('signatory.individual.givenName'), 'Sam');
    await userEvent.type(field('signatory.individual.familyName'), 'Storybook');
    await userEvent.type(
      field('signatory.individual.email'),
      `sam.storybook.${Date.now()}@example.org`,
    );
    await userEvent.click(field('consents.sign'));
    await userEvent.click(view.getByRole('button', { name: fr['widget.form.submit'] }));
    const title = await view.findByText(fr['widget.form.sent.title'], {}, { timeout: 20_000 });
    await expect(view.getByRole('status')).toContainElement(title);
  },
};

/** The registry cannot be reached: the form says so and offers to try again. */
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, TAG);
    await expect(await view.findByRole('alert')).toHaveTextContent(NETWORK_UNAVAILABLE[args.lang]);
    await expect(view.getByRole('button', { name: fr['widget.form.retry'] })).toBeVisible();
  },
};
