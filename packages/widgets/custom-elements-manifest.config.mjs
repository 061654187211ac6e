/** custom-elements.json, generated from the elements' JSDoc; it feeds Storybook's docs pages. */
export default {
  globs: ['src/**/*.element.ts', 'src/shared/plateformcoop-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
