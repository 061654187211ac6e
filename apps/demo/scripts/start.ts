/**
 * `npm start`: builds what the demo needs, prepares a local registry in apps/demo/.data
 * (migrations, reference platforms, demonstration signatures on the first start only), starts
 * it and the demo site on 127.0.0.1, and prints where everything is. Ctrl-C stops both.
 *
 * Environment: REGISTRY_PORT (8787), DEMO_PORT (5173), DEMO_DATA_DIR (apps/demo/.data),
 * DEMO_SKIP_BUILD=1 to reuse the last build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { plateformcoop2023 } from '@plateformcoop/model';
import { portIsFree } from '../../../scripts/net/free-port.ts';
import { outboxOf, type RegistrySettings } from '../src/registry/registry-process.ts';
import { startDemoServer } from '../src/server/demo-server.ts';
import { DEMO_DATA_DIR, loadDemoState, saveDemoState } from '../src/start/demo-data.ts';
import { DEMO_PLATFORM } from '../src/start/demo-signatures.ts';
import { prepareDemoRegistry } from '../src/start/prepare-registry.ts';

const repository = fileURLToPath(new URL('../../..', import.meta.url));
const registryPort = Number(process.env.REGISTRY_PORT ?? 8787);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  for (const [name, port] of [
    ['REGISTRY_PORT', registryPort],
    ['DEMO_PORT', demoPort],
  ] as const) {
    if (!(await portIsFree(port)))
      throw new Error(
        `le port ${port} est déjà pris sur 127.0.0.1 : libérez-le, ou choisissez-en un autre avec ${name}=<port>`,
      );
  }

  if (process.env.DEMO_SKIP_BUILD !== '1') {
    say(
      '› Construction des paquets et du site de démonstration (turbo, en cache après la 1re fois)…',
    );
    const build = spawnSync(
      'npx',
      ['turbo', 'run', 'build', '--filter=@plateformcoop/demo...', '--output-logs=errors-only'],
      { cwd: repository, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('la construction a échoué (voir ci-dessus)');
  }

  const state = loadDemoState();
  const settings: RegistrySettings = {
    dataDir: DEMO_DATA_DIR,
    port: registryPort,
    adminToken: state.adminToken,
    env: { COUNTER_GOAL: '100' },
  };
  const outbox = outboxOf(DEMO_DATA_DIR);

  say(`› Registre local : ${DEMO_DATA_DIR}`);
  if (!state.seededAt) say('  (premier démarrage : chargement des signatures de démonstration)');
  const registry = await prepareDemoRegistry(settings, {
    seed: !state.seededAt,
    say: (line) => say(`  ${line}`),
  });
  if (!state.seededAt) saveDemoState({ ...state, seededAt: new Date().toISOString() });
  else say(`  données reprises du démarrage précédent (démo chargée le ${state.seededAt})`);
  let demo: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\n› Arrêt du site de démonstration et du registre…');
    await demo?.close();
    await registry.stop();
    say(`› Arrêtés. Les données restent dans ${DEMO_DATA_DIR} (npm run demo:reset les efface).`);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  registry.child.once('exit', (code) => {
    if (stopping) return;
    process.stderr.write(
      `le registre s'est arrêté de façon inattendue (${code}) :\n${registry.log().slice(-2000)}\n`,
    );
    void stopAll(1);
  });

  try {
    demo = await startDemoServer({ registry: registry.url, port: demoPort });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    await stopAll(1);
    return;
  }

  const manifesto = plateformcoop2023.id;
  say(`
PlateformCoop tourne en local.

  Site de démonstration   ${demo.url}/
    page d'une commune     ${demo.url}/ville/
    le manifeste           ${demo.url}/manifeste/
    badge vérifié          ${demo.platformUrl}/plateforme/
    badge recopié          ${demo.url}/plateforme-copie/
    page de CMS nettoyée   ${demo.url}/cms/
    page sans script       ${demo.url}/iframe/
    développeurs           ${demo.url}/developpeurs/
  Registre (API)          ${registry.url}/  (documentation : ${registry.url}/docs)
  Courriels envoyés       ${outbox}
                          (un fichier .eml par courriel : ouvrez-le pour cliquer le lien de confirmation)
  Console de modération   ${registry.url}/admin/
    jeton administrateur : ${state.adminToken}  (aussi dans ${DEMO_DATA_DIR}/demo.json)
  Compteur (JSON)         ${registry.url}/v1/manifestos/${manifesto}/counter
  Badge de la plateforme  ${registry.url}/v1/platforms/${DEMO_PLATFORM.slug}

Ctrl-C arrête tout ; un nouveau « npm start » reprend les mêmes données ; « npm run demo:reset » les efface.
`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm start: ${(error as Error).message ?? error}\n(si les données locales sont en cause : npm run demo:reset)\n`,
  );
  process.exit(1);
});
