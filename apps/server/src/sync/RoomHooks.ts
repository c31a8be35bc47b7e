import type { Peer } from './Peer.ts';
import type { CustomMessageHandler, ElsewhereMessageHandler, JoinRefusal, PresenceChange, Refusal, RoomContext, RoomExtension, Write } from './RoomExtension.ts';

/**
 * A room's extensions, their hooks gathered once per room by kind so that an update pays only for
 * the hooks that exist. Each hook runs in the order the extensions were given. An extension that
 * throws in a notification hook is logged and the others still run; one that throws in
 * beforeCommit fails the batch's commit like a store error.
 */
export class RoomHooks {
  private readonly beforeCommitHooks: RoomExtension[];
  private readonly afterCommitHooks: RoomExtension[];
  private readonly presenceHooks: RoomExtension[];
  private readonly handlers = new Map<string, CustomMessageHandler>();
  private readonly elsewhereHandlers = new Map<string, ElsewhereMessageHandler>();

  constructor(
    private readonly extensions: readonly RoomExtension[],
    private readonly room: RoomContext,
  ) {
    this.beforeCommitHooks = extensions.filter((extension) => extension.beforeCommit);
    this.afterCommitHooks = extensions.filter((extension) => extension.afterCommit);
    this.presenceHooks = extensions.filter((extension) => extension.onPresence);
    for (const extension of extensions) {
      for (const [type, handler] of Object.entries(extension.messages ?? {})) {
        if (this.handlers.has(type)) throw new Error(`Two room extensions handle the custom message "${type}"`);
        this.handlers.set(type, handler);
      }
      for (const [type, handler] of Object.entries(extension.fromElsewhere ?? {})) {
        if (this.elsewhereHandlers.has(type)) throw new Error(`Two room extensions handle the message "${type}" from elsewhere`);
        this.elsewhereHandlers.set(type, handler);
      }
    }
  }

  onLoad(): void {
    for (const extension of this.extensions) this.run(extension, 'onLoad', () => extension.onLoad?.(this.room));
  }

  /** The first refusal of an authenticate hook, or null when every hook lets `peer` join. */
  authenticate(peer: Peer): JoinRefusal | null {
    for (const extension of this.extensions) {
      const refusal = extension.authenticate?.(peer, this.room) ?? null;
      if (refusal) return refusal;
    }
    return null;
  }

  onJoin(peer: Peer): void {
    for (const extension of this.extensions) if (extension.onJoin) this.run(extension, 'onJoin', () => extension.onJoin?.(peer, this.room));
  }

  /** The first refusal of a beforeCommit hook, or null when every hook lets `write` through. */
  beforeCommit(write: Write): Refusal | null {
    for (const extension of this.beforeCommitHooks) {
      const refusal = extension.beforeCommit?.(write, this.room) ?? null;
      if (refusal) return refusal;
    }
    return null;
  }

  afterCommit(batch: readonly Write[]): void {
    for (const extension of this.afterCommitHooks) {
      try {
        extension.afterCommit?.(batch, this.room);
      } catch (error) {
        this.failed(extension, 'afterCommit', error);
      }
    }
  }

  /**
   * Hands a custom message to the extension that registered its type. An unknown type is refused
   * without closing the socket: a client newer than this server may send one it does not know yet.
   */
  customMessage(peer: Peer, type: string, body: unknown): void {
    const handler = this.handlers.get(type);
    if (!handler) {
      this.room.metrics.rejected('unknown_custom_message');
      peer.logInfo({ event: 'refused-message', reason: 'unknown_custom_message', type: type.slice(0, 64) }, 'custom message of an unknown type ignored');
      return;
    }
    this.run({ name: `message ${type}` }, 'message', () => handler(peer, body, this.room));
  }

  /** Hands a message from another process to the extension that handles its type; an unknown type (a newer process) is ignored. */
  fromElsewhere(type: string, body: unknown): void {
    const handler = this.elsewhereHandlers.get(type);
    if (handler) this.run({ name: `from elsewhere ${type}` }, 'fromElsewhere', () => handler(body, this.room));
  }

  /** Whether any extension listens to presence: without one, no change is described for it. */
  get hearsPresence(): boolean {
    return this.presenceHooks.length > 0;
  }

  onPresence(change: PresenceChange): void {
    for (const extension of this.presenceHooks) this.run(extension, 'onPresence', () => extension.onPresence?.(change, this.room));
  }

  onLeave(peer: Peer): void {
    for (const extension of this.extensions) if (extension.onLeave) this.run(extension, 'onLeave', () => extension.onLeave?.(peer, this.room));
  }

  beforeUnload(): void {
    for (const extension of this.extensions) this.run(extension, 'beforeUnload', () => extension.beforeUnload?.(this.room));
  }

  onDestroy(): void {
    for (const extension of this.extensions) this.run(extension, 'onDestroy', () => extension.onDestroy?.(this.room));
  }

  private run(extension: Pick<RoomExtension, 'name'>, hook: string, call: () => void): void {
    try {
      call();
    } catch (error) {
      this.failed(extension, hook, error);
    }
  }

  private failed(extension: Pick<RoomExtension, 'name'>, hook: string, error: unknown): void {
    this.room.log.error({ event: 'extension-error', boardId: this.room.boardId, extension: extension.name, hook, error: String(error) }, 'a room extension failed');
  }
}
