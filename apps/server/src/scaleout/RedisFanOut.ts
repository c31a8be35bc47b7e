import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { decodeBoardMessage, encodeBoardMessage, FanOutUnavailableError, type BoardMessage, type ControlMessage, type FanOut, type Unsubscribe } from './FanOut.ts';

const controlChannel = 'partnerboard:control';
const boardChannel = (boardId: string) => `partnerboard:board:${boardId}`;
/** How long a subscription may take before the board loads without it (a resync follows when Redis is back). */
const subscribeWaitMs = 2000;

function isControlMessage(value: unknown): value is ControlMessage & { from: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, boardId, from } = value as Record<string, unknown>;
  return typeof from === 'string' && typeof boardId === 'string' && (kind === 'revoke-role' || kind === 'revoke-link' || kind === 'deleted' || kind === 'missed');
}

/**
 * Fan-out over Redis pub/sub: one channel per board for updates and presence, one for control
 * messages. Two connections, because a subscribed Redis connection can do nothing else. Publishing
 * never queues while Redis is away (a backlog would arrive late and out of step with the store);
 * the boards are read from the store again instead, once it is back.
 */
export class RedisFanOut implements FanOut {
  readonly processId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly boards = new Map<string, Set<(message: BoardMessage, from: string) => void>>();
  private readonly controlListeners: ((message: ControlMessage) => void)[] = [];
  private readonly resyncListeners: (() => void)[] = [];
  private wasReady = false;
  /** Boards whose messages were dropped while Redis was away: the others are told to read them again. */
  private readonly missed = new Set<string>();
  private closing = false;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    const options = {
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
      lazyConnect: false,
    };
    this.publisher = new Redis(url, { ...options, connectionName: 'partnerboard-publish' });
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, connectionName: 'partnerboard-subscribe' });
    for (const [name, client] of [['publish', this.publisher], ['subscribe', this.subscriber]] as const) {
      client.on('error', (error: Error) => log.warn({ event: 'redis-error', connection: name, error: error.message }, 'Redis connection error'));
    }
    this.subscriber.on('ready', () => void this.subscribed());
    this.publisher.on('ready', () => this.tellMissed());
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) => this.received(channel.toString(), payload));
  }

  /** Resolves once both connections are ready, or rejects after `timeoutMs`. */
  async ready(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.connected) {
      if (Date.now() > deadline) throw new FanOutUnavailableError(`Redis did not answer within ${timeoutMs / 1000} s: is REDIS_URL right, and is Redis running?`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  get connected(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  async subscribe(boardId: string, listener: (message: BoardMessage, from: string) => void): Promise<Unsubscribe> {
    let listeners = this.boards.get(boardId);
    if (!listeners) {
      listeners = new Set();
      this.boards.set(boardId, listeners);
    }
    listeners.add(listener);
    if (listeners.size === 1) await this.subscribeWithin(boardChannel(boardId));
    return async () => {
      const current = this.boards.get(boardId);
      if (!current?.delete(listener) || current.size > 0) return;
      this.boards.delete(boardId);
      if (this.subscriber.status === 'ready') await this.subscriber.unsubscribe(boardChannel(boardId)).catch(() => {});
    };
  }

  publish(boardId: string, message: BoardMessage): void {
    if (!this.send(boardChannel(boardId), Buffer.from(encodeBoardMessage(this.processId, message))) && message.kind === 'update') this.missed.add(boardId);
  }

  onControl(listener: (message: ControlMessage) => void): void {
    this.controlListeners.push(listener);
  }

  publishControl(message: ControlMessage): void {
    this.send(controlChannel, JSON.stringify({ ...message, from: this.processId }));
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  /** Publishes, or answers false when Redis is away and the message is dropped. */
  private send(channel: string, payload: Buffer | string): boolean {
    if (this.publisher.status !== 'ready') {
      this.log.debug({ event: 'redis-publish-dropped', channel }, 'Redis is away: the message is dropped');
      return false;
    }
    this.publisher.publish(channel, payload).catch((error: unknown) => {
      this.log.warn({ event: 'redis-publish-error', channel, error: String(error) }, 'a message could not be published');
    });
    return true;
  }

  private tellMissed(): void {
    for (const boardId of this.missed) this.publishControl({ kind: 'missed', boardId });
    this.missed.clear();
  }

  /** Subscribes, waiting at most subscribeWaitMs: a board must load even while Redis is away. */
  private async subscribeWithin(channel: string): Promise<void> {
    if (this.subscriber.status !== 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, subscribeWaitMs);
    });
    try {
      await Promise.race([this.subscriber.subscribe(channel).then(() => undefined), gaveUp]);
    } catch (error) {
      this.log.warn({ event: 'redis-subscribe-error', channel, error: String(error) }, 'a board channel could not be subscribed');
    } finally {
      clearTimeout(timer);
    }
  }

  /** On every (re)connection: subscribe to every channel wanted, then, after an outage, have the boards read again. */
  private async subscribed(): Promise<void> {
    if (this.closing) return;
    const channels = [controlChannel, ...[...this.boards.keys()].map(boardChannel)];
    try {
      await this.subscriber.subscribe(...channels);
    } catch (error) {
      this.log.warn({ event: 'redis-subscribe-error', error: String(error) }, 'channels could not be subscribed');
      return;
    }
    if (!this.wasReady) {
      this.wasReady = true;
      return;
    }
    this.log.info({ event: 'redis-resync', boards: this.boards.size }, 'Redis is back: boards are read from the store again');
    for (const listener of this.resyncListeners) listener();
  }

  private received(channel: string, payload: Buffer): void {
    if (channel === controlChannel) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(payload.toString());
      } catch {
        return;
      }
      if (!isControlMessage(parsed) || parsed.from === this.processId) return;
      for (const listener of this.controlListeners) listener(parsed);
      return;
    }
    const boardId = channel.slice(boardChannel('').length);
    const listeners = this.boards.get(boardId);
    const decoded = listeners && decodeBoardMessage(payload);
    if (!decoded || decoded.from === this.processId) return;
    for (const listener of listeners) listener(decoded.message, decoded.from);
  }
}
