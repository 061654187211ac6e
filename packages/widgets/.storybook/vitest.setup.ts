import { commands } from 'vitest/browser';

// Stories run as tests against the real registry that the browser commands start (see
// test/registry-commands.ts), with a few published signatures; `storyRegistry()` reads this.
(globalThis as { __PLATEFORMCOOP_REGISTRY__?: string }).__PLATEFORMCOOP_REGISTRY__ =
  await commands.registryUrl();
await commands.publishCommune('Lille', '59350', '215903501', '59', '32');
await commands.publishIndividual('Aline', 'Publique', true);
await commands.publishPlatform('Mobicoop', 'https://www.mobicoop.fr', 'mobilite');
