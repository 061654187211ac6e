import { nodeProject, workspaceConfig } from '../../vitest.shared.ts';

const node = nodeProject();

// The console's Chromium tests poll the page (`expect.poll`); `npm test` runs every package's
// browser tests at once on two shared cores, where Vitest's default second is too short. Polls
// end as soon as they succeed, so a generous bound costs nothing when the machine is quiet.
export default workspaceConfig({
  ...node,
  test: { ...node.test, expect: { poll: { timeout: 15_000, interval: 100 } } },
});
