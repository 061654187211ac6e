/**
 * The registry the stories talk to: the one the test run started, else `STORYBOOK_REGISTRY_URL`
 * (e.g. `npx @plateformcoop/registry serve` on http://127.0.0.1:8787, the CLI's default port).
 */
export function storyRegistry(): string {
  return (
    (globalThis as { __PLATEFORMCOOP_REGISTRY__?: string }).__PLATEFORMCOOP_REGISTRY__ ??
    (import.meta as { env?: Record<string, string | undefined> }).env?.STORYBOOK_REGISTRY_URL ??
    'http://127.0.0.1:8787'
  );
}

/** A registry address where nothing answers: the "failed" states. */
export const UNREACHABLE_REGISTRY = 'http://127.0.0.1:9';

/** Waits until `check` is truthy, for play functions. */
export async function until<T>(check: () => T, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
