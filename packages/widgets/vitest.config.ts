import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { browserProject, nodeProject, workspaceConfig } from '../../vitest.shared.ts';
import { registryCommands } from './test/registry-commands.ts';

const browser = browserProject();
const browserOptions = { ...browser.test!.browser!, commands: registryCommands };

// Pre-bundled up front, so that Vite never reloads the page in the middle of a run.
const optimizeDeps = {
  include: [
    'lit',
    'axe-core',
    '@testing-library/dom',
    '@plateformcoop/model',
    '@plateformcoop/signature',
    'altcha-lib',
    'altcha-lib/algorithms/web/sha',
    'altcha-lib/algorithms/web/pbkdf2',
  ],
};

// Tests that drive Chromium and a real registry get room on a busy 2-core machine.
const testTimeout = 30_000;
const node = nodeProject();

export default workspaceConfig(
  { ...node, test: { ...node.test, testTimeout, hookTimeout: 60_000 } },
  { ...browser, optimizeDeps, test: { ...browser.test, testTimeout, browser: browserOptions } },
  // Every story is a test in Chromium (addon-vitest), with the a11y addon's axe check.
  {
    extends: true,
    optimizeDeps,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name: 'storybook',
      testTimeout,
      browser: {
        ...browserOptions,
        instances: [{ browser: 'chromium', name: 'storybook (chromium)' }],
      },
      setupFiles: ['.storybook/vitest.setup.ts'],
    },
  },
);
