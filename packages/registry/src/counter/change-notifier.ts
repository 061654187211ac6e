import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../store/schema.js';

/** Tells the other registry processes that a manifesto's counter changed, and hears them. */
export interface ChangeNotifier {
  /** Never rejects: a notification that cannot leave is logged (the others resynchronise). */
  notify(manifestoId: string): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = 'plateformcoop_counter';

export interface NotifierOptions {
  /** After a reconnection: what was said while deaf is lost, so the caller rereads everything. */
  onReconnect?: () => void;
  /** First wait before reconnecting, doubled after each failure up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** The application name of a schema's listening connection (operators and tests find it by it). */
export function listenerApplicationName(schema: string): string {
  return `plateformcoop-listen:${schema}`.slice(0, 63);
}

/**
 * PostgreSQL `LISTEN/NOTIFY`: several registry processes on one database push each other's
 * counter changes to their Server-Sent Events streams. The payload names the schema, so that
 * registries in other schemas of the same database ignore it. Notifications leave through the
 * pool (`db`), so that a dead listening connection never fails a request; the listening
 * connection (a direct one: `LISTEN` does not survive a transaction-mode pooler) is
 * re-established with exponential backoff whenever PostgreSQL drops it.
 */
export async function postgresChangeNotifier(
  url: string,
  schema: string,
  db: Kysely<Database>,
  onChange: (manifestoId: string) => void,
  log: (line: string) => void,
  options: NotifierOptions = {},
): Promise<ChangeNotifier> {
  const minBackoff = options.minBackoffMs ?? 200;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  let closed = false;
  let listener: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let backoff = minBackoff;
  // This process's own notifications come back to it: it refreshed already, so it skips them.
  const origin = randomBytes(6).toString('base64url');

  const onNotification = (message: pg.Notification) => {
    try {
      const payload = JSON.parse(message.payload ?? '') as {
        schema?: string;
        manifestoId?: string;
        origin?: string;
      };
      if (
        payload.schema === schema &&
        payload.origin !== origin &&
        typeof payload.manifestoId === 'string'
      )
        onChange(payload.manifestoId);
    } catch {
      // not ours
    }
  };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString: url,
      application_name: listenerApplicationName(schema),
    });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      if (listener === client) listener = undefined;
      void client.end().catch(() => undefined);
      if (closed) return;
      log(`counter notifications: connection lost (${why}); reconnecting`);
      schedule();
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('ended'));
    client.on('notification', onNotification);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (closed) {
      lost = true;
      await client.end();
      return;
    }
    listener = client;
  };

  const schedule = () => {
    if (retry || closed) return;
    const wait = backoff * (0.5 + Math.random() / 2);
    backoff = Math.min(backoff * 2, maxBackoff);
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => {
          backoff = minBackoff;
          log('counter notifications: listening again');
          options.onReconnect?.();
        },
        (error: unknown) => {
          log(`counter notifications: reconnection failed (${(error as Error)?.message ?? error})`);
          schedule();
        },
      );
    }, wait);
    retry.unref();
  };

  await connect();
  return {
    async notify(manifestoId) {
      try {
        await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ schema, manifestoId, origin })})`.execute(
          db,
        );
      } catch (error) {
        log(`counter notifications: notify failed (${(error as Error)?.message ?? error})`);
      }
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
