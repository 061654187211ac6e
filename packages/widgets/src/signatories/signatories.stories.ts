import { labelOf } from '@plateformcoop/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
import {
  NETWORK_UNAVAILABLE,
  shadowOf,
  storyRegistry,
  UNREACHABLE_REGISTRY,
} from '../stories/story-registry.js';
import './define.js';
import { en, fr } from './signatories.words.js';

interface ListArgs {
  registry: string;
  lang: 'fr' | 'en';
  kind: string;
  departement: string;
  q: string;
  pageSize: number;
}

/** The list once loaded, and its items' text. */
async function settled(canvas: HTMLElement) {
  const view = await shadowOf(canvas, 'plateformcoop-signatories');
  const list = view.getByRole('list');
  await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'), { timeout: 10_000 });
  const items = within(list)
    .queryAllByRole('listitem')
    .map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
  return { view, items };
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
  // The list is titled and shows published signatories (the stories' registry has some).
  play: async ({ canvasElement, args }) => {
    const { view, items } = await settled(canvasElement);
    const words = { fr, en }[args.lang];
    await expect(
      view.getByRole('heading', { level: 2, name: words['widget.signatories.title'] }),
    ).toBeVisible();
    await expect(items.length).toBeGreaterThan(0);
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

export const All: Story = {};
export const Collectivities: Story = {
  args: { kind: 'collectivity' },
  play: async ({ canvasElement }) => {
    const { items } = await settled(canvasElement);
    await expect(items.length).toBeGreaterThan(0);
    const collectivity = labelOf('signatoryKind', 'collectivity', 'fr');
    await expect(items.filter((item) => !item.includes(collectivity))).toEqual([]);
  },
};
export const Search: Story = {
  args: { q: 'lille' },
  play: async ({ canvasElement }) => {
    const { items } = await settled(canvasElement);
    await expect(items.length).toBeGreaterThan(0);
    await expect(items.filter((item) => !/lille/i.test(item))).toEqual([]);
  },
};
export const NoResult: Story = {
  args: { departement: '2A' },
  play: async ({ canvasElement }) => {
    const { view, items } = await settled(canvasElement);
    await expect(items).toEqual([]);
    await expect(view.getByText(fr['widget.signatories.empty'])).toBeVisible();
  },
};
export const English: Story = { args: { lang: 'en' } };
export const Paginated: Story = {
  args: { pageSize: 1 },
  play: async ({ canvasElement }) => {
    const { view, items } = await settled(canvasElement);
    await expect(items).toHaveLength(1);
    await expect(view.getByRole('button', { name: fr['widget.signatories.more'] })).toBeVisible();
  },
};
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-signatories');
    await expect(await view.findByRole('alert')).toHaveTextContent(NETWORK_UNAVAILABLE[args.lang]);
  },
};
