import { browserProject, nodeProject, workspaceConfig } from '../../vitest.shared.ts';

const browser = browserProject();

// Node for every rule; real Chromium for what must run in the badge's and the form's browser
// (WebCrypto tokens, Ed25519 attestations, proof of work). The browser's dependencies are
// pre-bundled up front: discovered mid-run, they make Vite reload and fail the first run.
export default workspaceConfig(nodeProject(), {
  ...browser,
  optimizeDeps: {
    include: [
      'jose',
      'altcha-lib',
      'altcha-lib/v1',
      'altcha-lib/algorithms/web/sha',
      'altcha-lib/algorithms/web/pbkdf2',
      'tldts',
      'zod/mini',
      '@plateformcoop/model',
    ],
  },
});
