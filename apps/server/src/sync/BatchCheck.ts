import * as Y from 'yjs';
import { authorBinding, bindAuthors, BoardUpdateCheck, type AuthorBinding } from '@partnerboard/board';
import type { Refusal, Write } from './RoomExtension.ts';

export interface BatchCheckOptions {
  boardId: string;
  /** The extensions' beforeCommit hooks, in order: the first refusal wins. */
  beforeCommit: (write: Write) => Refusal | null;
  /** Marks `write` refused and tells its writer; `shape` when the shape check refused it. */
  refuse: (write: Write, refusal: Refusal, shape: boolean) => void;
}

/**
 * The check of a batch before its commit: each update against the board's shape (in the order
 * they will be applied, so the check remembers the updates of the batch it accepted), then the
 * extensions' beforeCommit hooks, then the binding of the Yjs clients it introduces to its writer.
 */
export class BatchCheck {
  /**
   * Writes the server's author bindings (bindAuthors), apart from the board so that they are stored
   * before they are applied. Made on the first binding: most boards opened bind no one new.
   */
  private authorsWriter: Y.Doc | null = null;
  /** The write being checked, and the refusal of a beforeCommit hook for it. */
  private writing: Write | null = null;
  private refusal: Refusal | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: BatchCheckOptions,
  ) {}

  /** The writes of `batch` that may be committed; the others are marked refused and their writers told. */
  accepted(batch: Write[]): Write[] {
    const check = new BoardUpdateCheck(this.doc);
    // The server's writes may write the parts only it writes; made for the first of them.
    let serverCheck: BoardUpdateCheck | null = null;
    const accepted: Write[] = [];
    /** Clients bound by this batch, before their binding is in the document. */
    const bound = new Map<number, AuthorBinding>();
    for (const write of batch) {
      const { participant, kind } = write.from;
      let introduced: Map<number, AuthorBinding> | null = null;
      this.writing = write;
      this.refusal = null;
      const { mayWriteParts } = this;
      const verdict =
        kind === 'server'
          ? (serverCheck ??= new BoardUpdateCheck(this.doc, { server: true })).check(write.update, undefined, mayWriteParts)
          : check.check(write.update, (client) => {
              const binding = authorBinding(this.doc, client) ?? bound.get(client) ?? introduced?.get(client);
              if (!binding) {
                const { name, organisation, linkId } = participant;
                (introduced ??= new Map()).set(client, { name, organisation, verified: linkId !== null, linkId });
                return null;
              }
              // A personal link's items stay its own: no one else may write as its clients.
              return binding.linkId === null || binding.linkId === participant.linkId ? null : "it was made as someone else's browser";
            }, mayWriteParts);
      if (!verdict.ok) {
        if (this.refusal) this.options.refuse(write, this.refusal, false);
        else this.options.refuse(write, { reason: 'invalid_update', problem: verdict.problem }, true);
        continue;
      }
      accepted.push(write);
      // Set by the check's callback, which TypeScript does not see run.
      const bindings = introduced as Map<number, AuthorBinding> | null;
      if (bindings) {
        for (const [client, binding] of bindings) bound.set(client, binding);
        // One update with the edit: stored, shared and counted in the activity as the edit.
        // Named, like the board's own document, so that Yjs draws no random guid for it.
        this.authorsWriter ??= new Y.Doc({ guid: `${this.options.boardId}/authors` });
        write.update = Y.mergeUpdates([bindAuthors(this.authorsWriter, bindings), write.update]);
        write.bound = true;
      }
    }
    return accepted;
  }

  /** Asked by the shape check before it remembers an update, so that later updates of the batch cannot build on a refused one. */
  private readonly mayWriteParts = (parts: ReadonlySet<string>): string | null => {
    const write = this.writing as Write;
    write.parts = parts;
    this.refusal = this.options.beforeCommit(write);
    return this.refusal?.problem ?? null;
  };

  /** A batch failed to commit: bindings the writer made for it were never stored, and a writer that went on from them would write after a gap. */
  failed(batch: readonly Write[]): void {
    if (batch.some((write) => write.bound)) this.authorsWriter = null;
  }
}
