import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  NETWORK_UNAVAILABLE,
  shadowOf,
  storyRegistry,
  UNREACHABLE_REGISTRY,
} from '../stories/story-registry.js';
import './define.js';
import type { PlateformcoopCounter } from './counter.element.js';
import { en, fr } from './counter.words.js';

interface CounterArgs {
  registry: string;
  manifesto: string;
  lang: 'fr' | 'en';
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
  // The registry's number is shown, named by the page's words or the counter's own, with its
  // goal when it has one; then the accessibility check runs on that state.
  play: async ({ canvasElement, args }) => {
    const counter = canvasElement.querySelector<PlateformcoopCounter>('plateformcoop-counter')!;
    await waitFor(() => expect(counter.count).toBeDefined(), { timeout: 10_000 });
    const view = await shadowOf(canvasElement, 'plateformcoop-counter');
    const number = counter.count!.toLocaleString(args.lang).replace(/\s+/g, ' ');
    await expect(view.getByText(number)).toBeVisible();
    if (args.label) await expect(counter).toHaveTextContent(args.label);
    if (args.goal) {
      const words = { fr, en }[args.lang];
      await expect(view.getByRole('progressbar')).toHaveAttribute('aria-valuemax', args.goal);
      const goal = words['widget.counter.goal'].replace(
        '{goal}',
        Number(args.goal).toLocaleString(args.lang),
      );
      // Testing Library compares text with its blanks collapsed, no-break spaces included.
      await expect(view.getByText(goal.replace(/\s+/g, ' '))).toBeVisible();
    }
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
/** The registry cannot be reached: the counter says so in the page's language. */
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-counter');
    await expect(await view.findByText(NETWORK_UNAVAILABLE[args.lang])).toBeVisible();
  },
};
