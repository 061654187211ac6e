import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyRegistry, UNREACHABLE_REGISTRY, until } from '../stories/story-registry.js';
import './define.js';

interface CardArgs {
  registry: string;
  platform: string;
  lang: string;
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
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('plateformcoop-platform-card')!;
    await until(() => !card.shadowRoot?.querySelector('[aria-busy="true"]'));
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const KnownPlatform: Story = {};
export const OtherPlatform: Story = { args: { platform: 'coopcircuits' } };
export const English: Story = { args: { lang: 'en' } };
export const Unknown: Story = { args: { platform: 'does-not-exist' } };
export const Failed: Story = { args: { registry: UNREACHABLE_REGISTRY } };
