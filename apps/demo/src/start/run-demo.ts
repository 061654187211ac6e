import { plateformcoop2023 } from '@plateformcoop/model';
import { outboxOf, type RegistrySettings } from '../registry/registry-process.js';
import { startDemoServer } from '../server/demo-server.js';
import { DEMO_DATA_DIR, loadDemoState, saveDemoState } from './demo-data.js';
import { DEMO_PLATFORM } from './demo-signatures.js';
import { prepareDemoRegistry } from './prepare-registry.js';

/**
 * What `npm start` does once the packages are built (scripts/start.ts builds them first, then
 * imports this module: it imports the workspace packages' build output): prepares the local
 * registry in DEMO_DATA_DIR (demonstration signatures on the first start only), starts it and
 * the demo site on 127.0.0.1, prints where everything is, and stops both on Ctrl-C.
 */
export async function runDemo(ports: { registry: number; demo: number }): Promise<void> {
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const state = loadDemoState();
  const settings: RegistrySettings = {
    dataDir: DEMO_DATA_DIR,
    port: ports.registry,
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
    demo = await startDemoServer({ registry: registry.url, port: ports.demo });
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
  Registre                ${registry.url}/  (documentation de l'API : ${registry.url}/docs)
  Courriels envoyés       ${outbox}
                          (un fichier .eml par courriel : ouvrez-le pour cliquer le lien de confirmation)
  Console de modération   ${registry.url}/admin/
    jeton administrateur : ${state.adminToken}  (aussi dans ${DEMO_DATA_DIR}/demo.json)
  Compteur (JSON)         ${registry.url}/v1/manifestos/${manifesto}/counter
  Badge de la plateforme  ${registry.url}/v1/platforms/${DEMO_PLATFORM.slug}

Ctrl-C arrête tout ; un nouveau « npm start » reprend les mêmes données ; « npm run demo:reset » les efface.
`);
}
