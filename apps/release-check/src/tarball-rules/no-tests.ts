import type { TarballRule } from './tarball.ts';

/** Tests, stories, snapshots and their support code, wherever a build might have put them. */
const testPatterns: RegExp[] = [
  /\.(?:test|spec)\.[^/]+$/,
  /\.stories\.[^/]+$/,
  /\.snap$/,
  /(?:^|\/)(?:__tests__|__snapshots__|__screenshots__|test|tests|test-support)\//,
  /(?:^|\/)(?:vitest|vite|playwright)\.config\.[^/]+$/,
];

export const noTests: TarballRule = ({ files }) =>
  files
    .filter((path) => testPatterns.some((pattern) => pattern.test(path)))
    .map((path) => `${path} is a test, a story or test support code`);
