import { createHmac, randomBytes } from 'node:crypto';
import type { MailLogStore } from '../store/mail-log-store.js';
import type { MailOutboxStore } from '../store/mail-outbox-store.js';
import type { MailMessage } from './mailer.js';
import type { OutboxWorker } from './outbox-worker.js';

const DAY_MS = 86_400_000;

/** Log lines never carry an address, even inside a transport's error message. */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '<address>');
}

/** The stores a mail is queued in: the registry's, or those of the caller's transaction. */
export interface MailQueue {
  mailLog: MailLogStore;
  mailOutbox: MailOutboxStore;
}

/**
 * Queues the registry's mails in the outbox, with a cap per address and day, so that nobody can
 * use the form to flood a third party's mailbox. Addresses are counted by keyed hash, never
 * stored. Given a transaction's stores, the mail commits (or not) with the change that causes
 * it; the outbox worker delivers it after the answer; `idle()` awaits what is due.
 */
export class MailService {
  private readonly perAddress = new Map<string, Promise<unknown>>();

  constructor(
    private readonly queue: MailQueue,
    private readonly worker: OutboxWorker,
    private readonly secret: string,
    private readonly perDay: number,
  ) {}

  /** The keyed hash an address is counted under (the address canonicalised by the caller). */
  addressHash(canonicalAddress: string): string {
    return createHmac('sha256', this.secret).update(`mail:${canonicalAddress}`).digest('base64url');
  }

  /**
   * Queues a mail unless the address had its share today; resolves to whether it will go. With
   * `tx` (the stores of the caller's transaction) the mail is part of that transaction.
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
    if (!allowed) return false;
    // Delivery times follow the real clock (a test's clock may stand anywhere).
    await queue.mailOutbox.enqueue(
      `mail_${randomBytes(12).toString('base64url')}`,
      JSON.stringify(message),
      new Date().toISOString(),
    );
    this.worker.kick();
    return true;
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
