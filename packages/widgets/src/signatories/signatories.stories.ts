import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { storyRegistry, UNREACHABLE_REGISTRY, until } from '../stories/story-registry.js';
import './define.js';

interface ListArgs {
  registry: string;
  lang: string;
  kind: string;
  departement: string;
  q: string;
  pageSize: number;
}

const meta: Meta<ListArgs> = {
  title: 'Widgets/Signatories',
  component: 'plateformcoop-signatories',
  args: { registry: storyRegistry(), lang: 'fr', kind: '', departement: '', q: '', pageSize: 20 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    kind: {
      control: 'select',
      options: ['', 'collectivity', 'platform', 'organization', 'individual'],
    },
  },
  render: (a) => html`<plateformcoop-signatories
    registry=${a.registry}
    lang=${a.lang}
    kind=${a.kind || nothing}
    departement=${a.departement || nothing}
    q=${a.q || nothing}
    page-size=${a.pageSize}
  ></plateformcoop-signatories>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('plateformcoop-signatories')!;
    await until(() => list.shadowRoot?.querySelector('ul[aria-busy="false"]'));
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

export const All: Story = {};
export const Collectivities: Story = { args: { kind: 'collectivity' } };
export const Search: Story = { args: { q: 'lille' } };
export const NoResult: Story = { args: { departement: '2A' } };
export const English: Story = { args: { lang: 'en' } };
export const Paginated: Story = { args: { pageSize: 1 } };
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('plateformcoop-signatories')!;
    await until(() => list.shadowRoot?.querySelector('[role="alert"]'));
  },
};
