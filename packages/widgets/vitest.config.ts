import { browserProject, nodeProject, workspaceConfig } from '../../vitest.shared.ts';
import { registryCommands } from './test/registry-commands.ts';

const browser = browserProject();

export default workspaceConfig(nodeProject(), {
  ...browser,
  // Pre-bundled up front, so that Vite never reloads the page in the middle of a run.
  optimizeDeps: {
    include: [
      'lit',
      'axe-core',
      '@plateformcoop/model',
      '@plateformcoop/signature',
      'altcha-lib',
      'altcha-lib/algorithms/web/sha',
      'altcha-lib/algorithms/web/pbkdf2',
    ],
  },
  test: {
    ...browser.test,
    browser: { ...browser.test!.browser!, commands: registryCommands },
  },
});
