/**
 * The environment for an npm command of the round trip: this process's, without the
 * `npm_config_*` and `npm_package_*` variables that `npm test` exported (an inherited
 * `npm_config_registry` would outrank the temporary project's .npmrc), plus `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_(?:config|package|lifecycle)_/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}
