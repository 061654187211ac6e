import { type ServerType, serve } from '@hono/node-server';
import type { RegistryConfig } from '../config/config.js';
import type { TestDatabase } from '../test/databases.js';
import {
  type EditableBody,
  startTestRegistry,
  type TestRegistry,
  tokenIn,
} from '../test/test-registry.js';

/** Towns that sign in the console's tests: real COG records, fictional people. */
export const TOWNS = {
  roubaix: {
    name: 'Roubaix',
    inseeCode: '59512',
    siren: '215905126',
    departementCode: '59',
    email: 'maire@ville-roubaix.fr',
  },
  amiens: {
    name: 'Amiens',
    inseeCode: '80021',
    siren: '218000198',
    departementCode: '80',
    email: 'elu.amiens@gmail.example',
  },
  arras: {
    name: 'Arras',
    inseeCode: '62041',
    siren: '216200410',
    departementCode: '62',
    email: 'contact@arras.example',
  },
  tourcoing: {
    name: 'Tourcoing',
    inseeCode: '59599',
    siren: '215905993',
    departementCode: '59',
    email: 'mairie@ville-tourcoing.fr',
  },
  lille: {
    name: 'Lille',
    inseeCode: '59350',
    siren: '215903501',
    departementCode: '59',
    email: 'mairie@lille.example.fr',
  },
} as const;
export type Town = keyof typeof TOWNS;

/** A test registry listening on 127.0.0.1, for a real browser. */
export interface ListeningRegistry extends TestRegistry {
  url: string;
  server: ServerType;
  /** Signs for a town and confirms by the mailed link: the signature awaits moderation. */
  confirmedTown(town: Town): Promise<string>;
  stop(): Promise<void>;
}

export async function startListeningRegistry(
  database: TestDatabase,
  config: Partial<RegistryConfig> = {},
): Promise<ListeningRegistry> {
  const t = await startTestRegistry(database, config);
  t.registry.context.geo();
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: t.registry.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    ...t,
    url: `http://127.0.0.1:${port}`,
    server,
    async confirmedTown(town) {
      // One second apart, so that "oldest first" has one answer.
      t.clock.now = new Date(t.clock.now.getTime() + 1000);
      const { email, ...collectivity } = TOWNS[town];
      const body = t.example('collectivity', (b: EditableBody) => {
        Object.assign(b.signatory.collectivity, collectivity);
        b.signatory.representative.email = email;
        b.commitments = [];
      });
      const signed = await t.sign(body);
      if (signed.status !== 202) throw new Error(`signing ${town}: ${await signed.text()}`);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(email).at(-1), 'confirm');
      const confirmed = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
      };
      return confirmed.id;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await t.close();
    },
  };
}
