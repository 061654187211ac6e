import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { storyRegistry, UNREACHABLE_REGISTRY, until } from '../stories/story-registry.js';
import './define.js';
import type { PlateformcoopCounter } from './counter.element.js';

interface CounterArgs {
  registry: string;
  manifesto: string;
  lang: string;
  kind: string;
  departement: string;
  goal: string | undefined;
  live: boolean;
  label: string;
}

const meta: Meta<CounterArgs> = {
  title: 'Widgets/Counter',
  component: 'plateformcoop-counter',
  args: {
    registry: storyRegistry(),
    manifesto: 'plateformcoop-2023',
    lang: 'fr',
    kind: '',
    departement: '',
    goal: undefined,
    live: false,
    label: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    kind: {
      control: 'select',
      options: ['', 'collectivity', 'platform', 'organization', 'individual'],
    },
  },
  render: (a) => html`<plateformcoop-counter
    registry=${a.registry}
    manifesto=${a.manifesto}
    lang=${a.lang}
    kind=${a.kind || nothing}
    departement=${a.departement || nothing}
    goal=${a.goal ?? nothing}
    ?live=${a.live}
  >${a.label}</plateformcoop-counter>`,
  // Each story waits for the number (or the error) before the accessibility check runs.
  play: async ({ canvasElement }) => {
    const counter = canvasElement.querySelector<PlateformcoopCounter>('plateformcoop-counter')!;
    await until(
      () => counter.count !== undefined || counter.shadowRoot?.querySelector('.error-text'),
    );
  },
};
export default meta;

type Story = StoryObj<CounterArgs>;

export const Total: Story = {};
export const WithGoal: Story = { args: { goal: '1000' } };
export const Live: Story = { args: { live: true, goal: '' } };
export const Collectivities: Story = {
  args: { kind: 'collectivity', label: 'collectivités signataires' },
};
export const OneDepartement: Story = {
  args: { departement: '59', label: 'signatures dans le Nord' },
};
export const English: Story = { args: { lang: 'en', goal: '500' } };
export const Failed: Story = { args: { registry: UNREACHABLE_REGISTRY } };
export const Loading: Story = { args: { registry: UNREACHABLE_REGISTRY }, play: async () => {} };
