import { nodeProject, workspaceConfig } from '../../vitest.shared.ts';

const unit = nodeProject();

/**
 * `node`: unit tests. `e2e`: the journeys in Chromium against a real registry (one registry and
 * one browser per file), one file at a time so that two cores shared with other work suffice.
 */
export default workspaceConfig(
  { ...unit, test: { ...unit.test, exclude: [...(unit.test?.exclude ?? []), 'src/e2e/**'] } },
  {
    extends: true,
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['src/e2e/**/*.e2e.test.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  },
);
