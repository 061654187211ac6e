import { platforms } from '@plateformcoop/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import {
  NETWORK_UNAVAILABLE,
  shadowOf,
  storyRegistry,
  UNREACHABLE_REGISTRY,
} from '../stories/story-registry.js';
import './define.js';
import { en, fr } from './platform-card.words.js';

interface CardArgs {
  registry: string;
  platform: string;
  lang: 'fr' | 'en';
  headingLevel: number;
}

const meta: Meta<CardArgs> = {
  title: 'Widgets/Platform card',
  component: 'plateformcoop-platform-card',
  args: { registry: storyRegistry(), platform: 'mobicoop', lang: 'fr', headingLevel: 3 },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: (a) => html`<plateformcoop-platform-card
    registry=${a.registry}
    platform=${a.platform}
    lang=${a.lang}
    heading-level=${a.headingLevel}
  ></plateformcoop-platform-card>`,
  // The platform's name is a heading at the level asked, followed by its facts and whether it
  // signed (Mobicoop did, in the stories' registry; the others have not).
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-platform-card');
    const name = platforms.find((p) => p.slug === args.platform)!.name;
    await view.findByRole('heading', { level: args.headingLevel, name });
    const words = { fr, en }[args.lang];
    await expect(view.getAllByRole('term')[0]).toHaveTextContent(words['widget.platform.sector']);
    const status =
      args.platform === 'mobicoop'
        ? words['widget.platform.signed-undated'] // the start of the dated words too
        : words['widget.platform.not-signed'];
    await expect(view.getByText(status, { exact: false })).toBeVisible();
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const KnownPlatform: Story = {};
export const OtherPlatform: Story = { args: { platform: 'coopcircuits' } };
export const English: Story = { args: { lang: 'en' } };
/** A slug the registry does not know: its own words for `not_found`. */
export const Unknown: Story = {
  args: { platform: 'does-not-exist' },
  play: async ({ canvasElement }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-platform-card');
    await expect(await view.findByText(/n'existe pas/)).toBeVisible();
    await expect(view.queryByRole('heading')).toBeNull();
  },
};
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-platform-card');
    await expect(await view.findByText(NETWORK_UNAVAILABLE[args.lang])).toBeVisible();
  },
};
