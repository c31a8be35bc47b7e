/**
 * Bytes of WebSocket messages that have begun to arrive and not yet ended, across every
 * connection. `ws` holds a message until its last byte, so a connection that sends a large message
 * slowly holds up to MAX_MESSAGE_BYTES; many of them together could exhaust the server's memory.
 * Past `limit` in all, the holder of the most bytes is given up (`overLimit`), until the rest fit.
 */
export class IncomingBudget<Holder> {
  private readonly held = new Map<Holder, number>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly overLimit: (holder: Holder, bytes: number) => void,
  ) {}

  /** Bytes held for messages still arriving, across every holder. */
  get heldBytes(): number {
    return this.total;
  }

  /** `bytes` more of a message `holder` is sending have arrived. */
  arrived(holder: Holder, bytes: number): void {
    this.held.set(holder, (this.held.get(holder) ?? 0) + bytes);
    this.total += bytes;
    while (this.total > this.limit) {
      const [largest, largestBytes] = this.largest();
      this.release(largest);
      this.overLimit(largest, largestBytes);
    }
  }

  /** `holder`'s message has ended (or the holder has gone): what it held is free. */
  release(holder: Holder): void {
    const bytes = this.held.get(holder);
    if (bytes === undefined) return;
    this.held.delete(holder);
    this.total -= bytes;
  }

  private largest(): [Holder, number] {
    let largest: [Holder, number] | null = null;
    for (const entry of this.held) if (!largest || entry[1] > largest[1]) largest = entry;
    // total > limit >= 0, so something is held.
    return largest!;
  }
}
