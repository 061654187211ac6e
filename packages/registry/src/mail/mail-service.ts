import { createHmac } from 'node:crypto';
import type { RegistryMetrics } from '../observability/metrics.js';
import { redactAddresses } from '../observability/redact.js';
import type { MailLogStore } from '../store/mail-log-store.js';
import type { Mailer, MailMessage } from './mailer.js';

const DAY_MS = 86_400_000;

/**
 * Sends the registry's mails with a cap per address and day, so that nobody can use the form to
 * flood a third party's mailbox. Addresses are counted by keyed hash, never stored. Sending
 * happens after the answer (the signature is already committed); `idle()` awaits what is left.
 */
export class MailService {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly perAddress = new Map<string, Promise<unknown>>();

  constructor(
    private readonly mailer: Mailer,
    private readonly log: MailLogStore,
    private readonly secret: string,
    private readonly perDay: number,
    private readonly report: (line: string) => void,
    private readonly metrics?: RegistryMetrics,
  ) {}

  /** The keyed hash an address is counted under (the address canonicalised by the caller). */
  addressHash(canonicalAddress: string): string {
    return createHmac('sha256', this.secret).update(`mail:${canonicalAddress}`).digest('base64url');
  }

  /** Queues a mail unless the address had its share today; resolves to whether it will go. */
  send(message: MailMessage, canonicalAddress: string, now = new Date()): Promise<boolean> {
    const hash = this.addressHash(canonicalAddress);
    // One decision at a time per address, so concurrent submissions cannot overshoot the cap.
    const previous = this.perAddress.get(hash) ?? Promise.resolve();
    const decision = previous.then(() =>
      this.log.recordWithinCap(
        hash,
        now.toISOString(),
        new Date(now.getTime() - DAY_MS).toISOString(),
        this.perDay,
      ),
    );
    const settled = decision.catch(() => false);
    this.perAddress.set(hash, settled);
    void settled.then(() => {
      if (this.perAddress.get(hash) === settled) this.perAddress.delete(hash);
    });
    return decision.then((allowed) => {
      if (allowed) this.deliver(message);
      (allowed ? this.metrics?.mailsQueued : this.metrics?.mailsCapped)?.inc();
      return allowed;
    });
  }

  private deliver(message: MailMessage): void {
    const delivery = this.mailer
      .send(message)
      .then(
        () => this.metrics?.mailsSent.inc(),
        (error: unknown) => {
          this.metrics?.mailsFailed.inc();
          this.report(
            `mail: delivery failed (${redactAddresses(String((error as Error)?.message ?? error))})`,
          );
        },
      )
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  /** Resolves once every queued mail was handed to the transport. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }

  async prune(now = new Date()): Promise<number> {
    return this.log.prune(new Date(now.getTime() - 2 * DAY_MS).toISOString());
  }
}
