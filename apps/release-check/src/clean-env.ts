/**
 * The environment for a command of the round trip, as a developer's shell would have it: this
 * process's, without the `npm_config_*` and `npm_package_*` variables that `npm test` exported
 * (an inherited `npm_config_registry` would outrank the temporary project's .npmrc) and without
 * Vitest's `NODE_ENV=test` (Vite would then bundle Lit's development build), plus `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (
      !/^(?:npm_(?:config|package|lifecycle)_|VITEST)/i.test(key) &&
      key !== 'NODE_ENV' &&
      key !== 'TEST'
    )
      env[key] = value;
  return { ...env, ...extra };
}
