import { nodeProject, workspaceConfig } from '../../vitest.shared.ts';

const unit = nodeProject();

/** Chromium against a real registry: one file at a time, two cores shared with other work. */
const e2e = {
  environment: 'node' as const,
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Pages and the registry answer within a second on an idle machine; `npm test` runs every
  // package's browser tests at once on two cores, so waits are generous (they end on success).
  expect: { poll: { timeout: 15_000, interval: 100 } },
};

/** `node`: unit tests. `e2e`: the journeys (one registry and one browser per file), run by `npm test`. */
export default workspaceConfig(
  { ...unit, test: { ...unit.test, exclude: [...(unit.test?.exclude ?? []), 'src/e2e/**'] } },
  {
    extends: true,
    test: {
      name: 'e2e',
      include: ['src/e2e/**/*.e2e.test.ts'],
      ...e2e,
    },
  },
);
