import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  NETWORK_UNAVAILABLE,
  shadowOf,
  storyRegistry,
  UNREACHABLE_REGISTRY,
} from '../stories/story-registry.js';
import './define.js';
import type { PlateformcoopMap } from './map.element.js';
import { en, fr } from './map.words.js';

interface MapArgs {
  registry: string;
  manifesto: string;
  lang: 'fr' | 'en';
  level: 'departement' | 'region';
  kind: string;
}

const meta: Meta<MapArgs> = {
  title: 'Widgets/Map',
  component: 'plateformcoop-map',
  args: {
    registry: storyRegistry(),
    manifesto: 'plateformcoop-2023',
    lang: 'fr',
    level: 'departement',
    kind: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    level: { control: 'inline-radio', options: ['departement', 'region'] },
    kind: {
      control: 'select',
      options: ['', 'collectivity', 'platform', 'organization', 'individual'],
    },
  },
  render: (a) => html`<plateformcoop-map
    registry=${a.registry}
    manifesto=${a.manifesto}
    lang=${a.lang}
    level=${a.level}
    kind=${a.kind || nothing}
  ></plateformcoop-map>`,
  // The registry's figures are drawn (Lille's signatures shade Nord), and the same figures are
  // in the table behind the disclosure; then the accessibility check runs on that state.
  play: async ({ canvasElement, args }) => {
    const map = canvasElement.querySelector<PlateformcoopMap>('plateformcoop-map')!;
    await waitFor(
      () => expect(map.shadowRoot!.querySelector('path[data-code="59"]')).not.toBeNull(),
      { timeout: 10_000 },
    );
    await waitFor(() => expect(map.figures).toBeDefined(), { timeout: 10_000 });
    const words = { fr, en }[args.lang];
    const view = await shadowOf(canvasElement, 'plateformcoop-map');
    const territory = args.level === 'region' ? /^Hauts-de-France \(32\)/ : /^Nord \(59\)/;
    const shape = view.getByRole('img', { name: territory });
    if (!args.kind) await expect(shape.getAttribute('class')).toMatch(/s[1-5]/);
    await userEvent.click(view.getByText(words['widget.map.table.show']));
    if (!args.kind) {
      await expect(
        view.getByRole('rowheader', { name: args.level === 'region' ? 'Hauts-de-France' : 'Nord' }),
      ).toBeVisible();
    }
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

export const Departements: Story = {};
export const Regions: Story = { args: { level: 'region' } };
export const Collectivities: Story = { args: { kind: 'collectivity' } };
export const English: Story = { args: { lang: 'en' } };
/** The registry cannot be reached: the map says so in the page's language. */
export const Failed: Story = {
  args: { registry: UNREACHABLE_REGISTRY },
  play: async ({ canvasElement, args }) => {
    const view = await shadowOf(canvasElement, 'plateformcoop-map');
    await expect(await view.findByText(NETWORK_UNAVAILABLE[args.lang])).toBeVisible();
  },
};
