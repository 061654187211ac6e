import { RegistryClient } from '../registry/registry-client.js';
import {
  type RegistrySettings,
  type RunningRegistry,
  runRegistryCommand,
  startRegistry,
} from '../registry/registry-process.js';
import { seedDemoSignaturesThroughApi } from './demo-signatures.js';

/** Demonstration citizens the registry's own `seed --demo` adds (fictional people). */
export const DEMO_CITIZENS = 12;

/**
 * Brings a registry to the demo's state and starts it: migrations, reference platforms, and,
 * when `seed` is set, the demonstration signatures (`seed --demo`, then the fictional platform
 * and a few communes through the public API). `say` receives one line per step.
 */
export async function prepareDemoRegistry(
  settings: RegistrySettings,
  options: { seed: boolean; say?: (line: string) => void },
): Promise<RunningRegistry> {
  const say = options.say ?? (() => {});
  const commands = [
    ['migrate'],
    options.seed ? ['seed', '--demo', String(DEMO_CITIZENS)] : ['seed'],
  ];
  for (const args of commands) {
    const run = await runRegistryCommand(settings, args);
    if (run.code !== 0) throw new Error(`plateformcoop-registry ${args.join(' ')}:\n${run.output}`);
    for (const line of run.output.trim().split('\n')) say(line);
  }
  const registry = await startRegistry(settings);
  if (options.seed) {
    try {
      const client = new RegistryClient(registry.url, settings.adminToken);
      for (const line of await seedDemoSignaturesThroughApi(client, registry.outbox)) say(line);
    } catch (error) {
      await registry.stop();
      throw error;
    }
  }
  return registry;
}
