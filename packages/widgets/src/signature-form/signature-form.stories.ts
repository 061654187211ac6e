import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { storyRegistry, UNREACHABLE_REGISTRY, until } from '../stories/story-registry.js';
import './define.js';
import type { PlateformcoopSignatureForm } from './signature-form.element.js';

interface FormArgs {
  registry: string;
  lang: string;
  kind: string;
  privacyUrl: string;
}

const form = (canvas: HTMLElement) =>
  canvas.querySelector<PlateformcoopSignatureForm>('plateformcoop-signature-form')!;
const ready = (canvas: HTMLElement) => until(() => form(canvas).shadowRoot?.querySelector('form'));

const meta: Meta<FormArgs> = {
  title: 'Widgets/Signature form',
  component: 'plateformcoop-signature-form',
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
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
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
    const root = (await ready(canvasElement)) && form(canvasElement).shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const summary = await until(() => root.querySelector<HTMLElement>('.summary'));
    await until(() => root.activeElement === summary);
    await expect(root.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(2);
  },
};

/** A signature sent: "check your mailbox". */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await ready(canvasElement);
    const root = element.shadowRoot!;
    const type = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('f-signatory-individual-givenName', 'Sam');
    type('f-signatory-individual-familyName', 'Storybook');
    type('f-signatory-individual-email', `sam.storybook.${Date.now()}@example.org`);
    root.querySelector<HTMLInputElement>('#f-consents-sign')!.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => root.querySelector('.sent'), 20_000);
  },
};

/** The registry cannot be reached: the form says so and offers to try again. */
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement }) => {
    await until(() => form(canvasElement).shadowRoot?.querySelector('[role="alert"]'));
  },
};
