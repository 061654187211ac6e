import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyRegistry, UNREACHABLE_REGISTRY, until } from '../stories/story-registry.js';
import './define.js';

interface BadgeArgs {
  registry: string;
  platform: string;
  lang: string;
}

/**
 * The badge says "signed" only on the platform's own website: on Storybook's page it shows the
 * unverified state, which is what a copied badge shows too.
 */
const meta: Meta<BadgeArgs> = {
  title: 'Widgets/Badge',
  component: 'plateformcoop-badge',
  args: { registry: storyRegistry(), platform: 'mobicoop', lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: (a) =>
    html`<plateformcoop-badge registry=${a.registry} platform=${a.platform} lang=${a.lang}></plateformcoop-badge>`,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('plateformcoop-badge')!;
    await until(() => !badge.shadowRoot?.querySelector('[aria-busy="true"]'));
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const OnAnotherSite: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const NotSigned: Story = { args: { platform: 'coopcircuits' } };
export const Failed: Story = { args: { registry: UNREACHABLE_REGISTRY } };
export const Checking: Story = { args: { registry: UNREACHABLE_REGISTRY }, play: async () => {} };
