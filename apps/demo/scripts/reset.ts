/** `npm run demo:reset`: wipes the local registry of `npm start` (database, outbox, keys). */
import { DEMO_DATA_DIR, wipeDemoData } from '../src/start/demo-data.ts';

process.stdout.write(
  wipeDemoData()
    ? `Données de démonstration effacées (${DEMO_DATA_DIR}). Le prochain « npm start » repart de zéro.\n`
    : `Rien à effacer : ${DEMO_DATA_DIR} n'existe pas.\n`,
);
