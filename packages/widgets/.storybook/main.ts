import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for the widgets: a story per element and state, docs from custom-elements.json. */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
};

export default config;
