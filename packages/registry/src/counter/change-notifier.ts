import pg from 'pg';

/** Tells the other registry processes that a manifesto's counter changed, and hears them. */
export interface ChangeNotifier {
  notify(manifestoId: string): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = 'plateformcoop_counter';

/**
 * PostgreSQL `LISTEN/NOTIFY`: several registry processes on one database push each other's
 * counter changes to their Server-Sent Events streams. The payload names the schema, so that
 * registries in other schemas of the same database ignore it.
 */
export async function postgresChangeNotifier(
  url: string,
  schema: string,
  onChange: (manifestoId: string) => void,
  log: (line: string) => void,
): Promise<ChangeNotifier> {
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on('notification', (message) => {
    try {
      const payload = JSON.parse(message.payload ?? '') as {
        schema?: string;
        manifestoId?: string;
      };
      if (payload.schema === schema && typeof payload.manifestoId === 'string')
        onChange(payload.manifestoId);
    } catch {
      // not ours
    }
  });
  listener.on('error', (error) => log(`counter notifications: ${error.message}`));
  await listener.query(`LISTEN ${CHANNEL}`);
  return {
    async notify(manifestoId) {
      await listener.query('SELECT pg_notify($1, $2)', [
        CHANNEL,
        JSON.stringify({ schema, manifestoId }),
      ]);
    },
    async close() {
      await listener.end();
    },
  };
}
