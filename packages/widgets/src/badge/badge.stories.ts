import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { shadowOf, storyRegistry, UNREACHABLE_REGISTRY } from '../stories/story-registry.js';
import './define.js';
import { en, fr } from './badge.words.js';

interface BadgeArgs {
  registry: string;
  platform: string;
  lang: 'fr' | 'en';
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
  // Whatever the registry answers, this page is not the platform's site: never "signed".
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-badge');
    const words = { fr, en }[args.lang];
    await expect(await view.findByText(words['widget.badge.unverified'])).toBeVisible();
    await expect(view.queryByText(words['widget.badge.verified'])).toBeNull();
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const OnAnotherSite: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const NotSigned: Story = { args: { platform: 'coopcircuits' } };
export const Failed: Story = { args: { registry: UNREACHABLE_REGISTRY } };
