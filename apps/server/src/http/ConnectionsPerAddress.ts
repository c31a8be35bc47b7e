import type { Socket } from 'node:net';

/**
 * Counts the open sockets (HTTP and WebSocket alike: an upgrade keeps its socket) of each client
 * address, and destroys a new one past the cap before a byte of it is read.
 */
export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly onRefused: (address: string) => void,
  ) {}

  /** For the server's 'connection' event. */
  readonly admit = (socket: Socket): void => {
    // A socket closed before it was counted has no address; there is nothing to hold then.
    const address = socket.remoteAddress;
    if (address === undefined) return;
    const count = this.open.get(address) ?? 0;
    if (count >= this.max) {
      socket.destroy();
      this.onRefused(address);
      return;
    }
    this.open.set(address, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left === 0) this.open.delete(address);
      else this.open.set(address, left);
    });
  };
}
