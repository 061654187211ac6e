import type { RegistryMetrics } from '../observability/metrics.js';
import { redactAddresses } from '../observability/redact.js';
import type { MailOutboxStore } from '../store/mail-outbox-store.js';
import type { Mailer, MailMessage } from './mailer.js';

export interface OutboxWorkerOptions {
  /** The sender's address (`MAIL_FROM`), whose domain names the Message-IDs. */
  from?: string;
  /** The clock of delivery times (the real one but in tests of give-up). */
  now?: () => Date;
  /** Mails sent at once. */
  concurrency?: number;
  /** How often the outbox is looked at when nothing kicked the worker. */
  pollMs?: number;
  /** The first retry's delay, doubled at each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a mail is retried before it is given up (at least a day). */
  retryForMs?: number;
  /** Where deliveries and failures are counted (`GET /metrics`). */
  metrics?: RegistryMetrics;
}

const DEFAULTS = {
  concurrency: 4,
  pollMs: 1_000,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  retryForMs: 2 * 86_400_000,
};

/** The domain of the sender's address, for Message-IDs (`registry.invalid` without one). */
function messageIdDomain(from: string): string {
  return from.match(/@([^\s>]+)/)?.[1] ?? 'registry.invalid';
}

/** An SMTP answer that will not change by retrying (5xx: no such mailbox, refused…). */
function permanent(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Delivers the outbox: takes due mails, hands each to the transport, marks it sent (erasing the
 * message) or schedules a retry with exponential backoff, and gives up after `retryForMs`. Runs
 * on a timer and whenever a mail is queued in this process; on PostgreSQL any number of
 * processes run one each over the same outbox.
 */
export class OutboxWorker {
  private readonly options: typeof DEFAULTS & {
    now: () => Date;
    from: string;
    metrics?: RegistryMetrics;
  };
  private timer: NodeJS.Timeout | undefined;
  private kicked: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private readonly sending = new Set<string>();
  private stopped = false;

  constructor(
    private readonly outbox: MailOutboxStore,
    private readonly mailer: Mailer,
    private readonly report: (line: string) => void,
    options: OutboxWorkerOptions = {},
  ) {
    this.options = { ...DEFAULTS, now: () => new Date(), from: '', ...options };
  }

  /** Looks at the outbox every `pollMs` until `stop()`. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** A mail was queued (its transaction commits about now): deliver soon. */
  kick(): void {
    if (this.kicked || this.stopped) return;
    this.kicked = setTimeout(() => {
      this.kicked = undefined;
      void this.drain().catch((error: unknown) =>
        this.report(`mail: outbox unavailable (${(error as Error)?.message ?? error})`),
      );
    }, 5);
  }

  /** Delivers every due mail; one run at a time (a call during a run makes it go round again). */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      let total = 0;
      do {
        this.again = false;
        // A few mails at once, each in its own transaction (PostgreSQL) so that a sent mail is
        // marked sent at once, not at the end of a batch.
        const counts = await Promise.all(
          Array.from(
            { length: this.outbox.concurrentClaims ? this.options.concurrency : 1 },
            async () => {
              let n = 0;
              while (await this.deliverOne()) n++;
              return n;
            },
          ),
        );
        total += counts.reduce((a, b) => a + b, 0);
      } while (this.again);
      return total;
    })().finally(() => {
      this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private deliverOne(): Promise<boolean> {
    let taken: string | undefined;
    return this.outbox
      .withDue(this.options.now().toISOString(), [...this.sending], async (mail, settle) => {
        taken = mail.id;
        this.sending.add(mail.id);
        const at = this.options.now();
        try {
          await this.mailer.send({
            ...(JSON.parse(mail.message) as MailMessage),
            messageId: `${mail.id}@${messageIdDomain(this.options.from)}`,
          });
          await settle.sent(mail.id, at.toISOString());
          this.options.metrics?.mailsSent.inc();
        } catch (error) {
          this.options.metrics?.mailsFailed.inc();
          const why = redactAddresses(String((error as Error)?.message ?? error));
          const age = at.getTime() - Date.parse(mail.created_at);
          if (permanent(error) || age >= this.options.retryForMs) {
            this.report(`mail: delivery given up after ${mail.attempts + 1} attempts (${why})`);
            await settle.failed(mail.id, at.toISOString(), why);
          } else {
            const delay = Math.min(
              this.options.baseDelayMs * 2 ** mail.attempts,
              this.options.maxDelayMs,
            );
            this.report(`mail: delivery failed, retry in ${Math.ceil(delay / 1000)} s (${why})`);
            await settle.retry(
              mail.id,
              at.toISOString(),
              new Date(at.getTime() + delay).toISOString(),
              why,
            );
          }
        }
      })
      .finally(() => {
        if (taken) this.sending.delete(taken);
      });
  }

  /** Resolves once every mail due now was delivered or rescheduled. */
  async idle(): Promise<void> {
    if (this.kicked) {
      clearTimeout(this.kicked);
      this.kicked = undefined;
    }
    await this.drain();
  }

  /** Stops the timer; what is due is left for the next start (or another process). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.kicked) clearTimeout(this.kicked);
    this.timer = this.kicked = undefined;
    await this.running?.catch(() => undefined);
  }
}
