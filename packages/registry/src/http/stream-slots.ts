/** Why a stream was refused: its client holds its share, or the process holds all it can. */
export type StreamRefusal = 'client' | 'total';

/**
 * The open counter streams, per client key and in all: a stream takes a slot while it is open,
 * so that one client cannot hold every socket of the process and starve every other request.
 */
export class StreamSlots {
  private readonly byClient = new Map<string, number>();
  private open = 0;

  constructor(
    readonly perClient: number,
    readonly total: number,
  ) {}

  /** Takes a slot for `client`: the function that gives it back (once), or why not. */
  take(client: string): (() => void) | StreamRefusal {
    const held = this.byClient.get(client) ?? 0;
    if (held >= this.perClient) return 'client';
    if (this.open >= this.total) return 'total';
    this.byClient.set(client, held + 1);
    this.open += 1;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.open -= 1;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }

  /** Streams open now (the bench and tests read it). */
  get size(): number {
    return this.open;
  }
}
