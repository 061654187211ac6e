import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { configure, prettyDOM } from 'storybook/test';
import customElements from '../custom-elements.json' with { type: 'json' };
import { elementError } from '../test/element-error.js';

// A failed query in a play function shows the shadow tree it searched.
configure({ getElementError: elementError(prettyDOM) });

// The docs pages list attributes, properties, events, slots, parts and CSS properties from the
// manifest that `npm run build` generates from the elements' JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // An accessibility violation fails the story's test (axe-core, WCAG 2.1 AA).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
