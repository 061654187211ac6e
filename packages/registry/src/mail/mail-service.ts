import { createHmac, randomBytes } from 'node:crypto';
import type { RegistryMetrics } from '../observability/metrics.js';
import type { MailLogStore } from '../store/mail-log-store.js';
import type { MailOutboxStore } from '../store/mail-outbox-store.js';
import type { MailMessage } from './mailer.js';
import type { OutboxWorker } from './outbox-worker.js';

const DAY_MS = 86_400_000;

/** The stores a mail is queued in: the registry's, or those of the caller's transaction. */
export interface MailQueue {
  mailLog: MailLogStore;
  mailOutbox: MailOutboxStore;
}

/**
 * Queues the registry's mails in the outbox; the outbox worker delivers them after the answer,
 * with retries, and `idle()` awaits what is due. Given a transaction's stores, a mail commits
 * (or not) with the change that causes it. The mails anybody can have sent to any address (a
 * confirmation request, an "already signed" notice, a confirmation sent again: `send`) are capped
 * per address and day, so that nobody can use the form to flood a third party's mailbox;
 * addresses are counted by keyed hash, never stored. The acknowledgements of what the address's
 * owner did (confirmed, published, rejected, withdrawn, the badge: `acknowledge`) are neither
 * capped nor counted: only the owner's own action, through a link mailed to that address,
 * triggers them.
 */
export class MailService {
  private readonly perAddress = new Map<string, Promise<unknown>>();

  constructor(
    private readonly queue: MailQueue,
    private readonly worker: OutboxWorker,
    private readonly secret: string,
    private readonly perDay: number,
    private readonly metrics?: RegistryMetrics,
  ) {}

  /** The keyed hash an address is counted under (the address canonicalised by the caller). */
  addressHash(canonicalAddress: string): string {
    return createHmac('sha256', this.secret).update(`mail:${canonicalAddress}`).digest('base64url');
  }

  /**
   * Queues a mail a stranger could trigger unless the address had its share today (counted);
   * resolves to whether it will go. With `tx` (the stores of the caller's transaction) the mail
   * is part of that transaction.
   */
  send(
    message: MailMessage,
    canonicalAddress: string,
    now = new Date(),
    tx?: MailQueue,
  ): Promise<boolean> {
    const hash = this.addressHash(canonicalAddress);
    if (tx) {
      // Inside the caller's transaction: no waiting on other requests' decisions (on SQLite they
      // wait for the connection this transaction holds); the cap's statement is one insert.
      return this.decideAndQueue(tx, message, hash, now);
    }
    // One decision at a time per address, so concurrent submissions cannot overshoot the cap.
    const previous = this.perAddress.get(hash) ?? Promise.resolve();
    const decision = previous.then(() => this.decideAndQueue(this.queue, message, hash, now));
    const settled = decision.catch(() => false);
    this.perAddress.set(hash, settled);
    void settled.then(() => {
      if (this.perAddress.get(hash) === settled) this.perAddress.delete(hash);
    });
    return decision;
  }

  /**
   * Queues the acknowledgement of the address owner's own action (outside the cap, uncounted);
   * resolves to `true`, it always goes.
   */
  async acknowledge(message: MailMessage, tx?: MailQueue): Promise<boolean> {
    await this.enqueue(tx ?? this.queue, message);
    return true;
  }

  private async decideAndQueue(
    queue: MailQueue,
    message: MailMessage,
    hash: string,
    now: Date,
  ): Promise<boolean> {
    const allowed = await queue.mailLog.recordWithinCap(
      hash,
      now.toISOString(),
      new Date(now.getTime() - DAY_MS).toISOString(),
      this.perDay,
    );
    if (!allowed) {
      this.metrics?.mailsCapped.inc();
      return false;
    }
    await this.enqueue(queue, message);
    return true;
  }

  private async enqueue(queue: MailQueue, message: MailMessage): Promise<void> {
    // Delivery times follow the real clock (a test's clock may stand anywhere).
    await queue.mailOutbox.enqueue(
      `mail_${randomBytes(12).toString('base64url')}`,
      JSON.stringify(message),
      new Date().toISOString(),
    );
    this.metrics?.mailsQueued.inc();
    this.worker.kick();
  }

  /** Resolves once every mail due now was handed to the transport (or rescheduled). */
  idle(): Promise<void> {
    return this.worker.idle();
  }

  /** The outbox, for the console: mails waiting (some for a retry) and mails given up. */
  queueCounts(): Promise<{ waiting: number; retrying: number; failed: number }> {
    return this.queue.mailOutbox.counts();
  }

  async prune(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - 2 * DAY_MS).toISOString();
    return (
      (await this.queue.mailLog.prune(before)) +
      (await this.queue.mailOutbox.prune(new Date(Date.now() - 7 * DAY_MS).toISOString()))
    );
  }
}
