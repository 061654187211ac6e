/** A moderation decision waiting its few seconds before it is sent (so it can be undone). */
export interface DeferredAction {
  id: string;
  name: string;
  kind: 'publish' | 'reject';
  reason?: string;
  /** When it will be sent (ms since epoch). */
  sendsAt: number;
}

type Send = (action: DeferredAction, keepalive: boolean) => Promise<void>;

/**
 * Publish and reject wait `delayMs` before they reach the registry; until then `undo` drops them.
 * Leaving the page sends what is waiting (with `keepalive`), so nothing decided is lost.
 */
export class DeferredActions extends EventTarget {
  private readonly waiting = new Map<string, { action: DeferredAction; timer: number }>();

  constructor(
    private readonly send: Send,
    readonly delayMs = 6000,
  ) {
    super();
  }

  get pending(): DeferredAction[] {
    return [...this.waiting.values()].map((w) => w.action);
  }

  has(id: string): boolean {
    return this.waiting.has(id);
  }

  schedule(action: Omit<DeferredAction, 'sendsAt'>): void {
    this.undo(action.id, false);
    const full: DeferredAction = { ...action, sendsAt: Date.now() + this.delayMs };
    const timer = window.setTimeout(() => void this.fire(action.id, false), this.delayMs);
    this.waiting.set(action.id, { action: full, timer });
    this.changed();
  }

  /** Drops a waiting action; returns it, or `undefined` when it was already sent. */
  undo(id: string, notify = true): DeferredAction | undefined {
    const waiting = this.waiting.get(id);
    if (!waiting) return undefined;
    clearTimeout(waiting.timer);
    this.waiting.delete(id);
    if (notify) this.changed();
    return waiting.action;
  }

  undoLast(): DeferredAction | undefined {
    const last = this.pending.at(-1);
    return last ? this.undo(last.id) : undefined;
  }

  /** Sends everything now (leaving the page, signing out). */
  async flush(keepalive = false): Promise<void> {
    await Promise.all([...this.waiting.keys()].map((id) => this.fire(id, keepalive)));
  }

  private async fire(id: string, keepalive: boolean): Promise<void> {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.waiting.delete(id);
    this.changed();
    try {
      await this.send(waiting.action, keepalive);
      this.dispatchEvent(new CustomEvent('sent', { detail: waiting.action }));
    } catch (error) {
      this.dispatchEvent(new CustomEvent('failed', { detail: { action: waiting.action, error } }));
    }
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
