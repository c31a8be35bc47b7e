import type * as Y from 'yjs';
import { textField, type TextFieldName, type TextKind } from './text.js';
import type { Id } from './types.js';

// Long text on a board is plain text. A Y.Text can also hold embeds, nested types and formatting,
// which no Partnerboard client writes but an old board or a hostile client may hold: a plain-text
// editor bound to such a text drifts from it (an embed counts as one position it cannot show).

/** True when the text holds only strings, without formatting: safe to bind to a plain-text editor. */
export function isPlainText(text: Y.Text): boolean {
  return text.toDelta().every((op: { insert?: unknown; attributes?: unknown }) => typeof op.insert === 'string' && op.attributes === undefined);
}

/** The words of a text, leaving out anything that is not a string (embeds, nested types). */
export function plainTextOf(text: Y.Text): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/**
 * Makes a long-text field plain text again: removes its embeds and nested types and clears its
 * formatting, keeping every word where it was (so others' carets and typing stay in place). One
 * transaction, so inside the caller's transaction it is one undoable step. Returns the text now held.
 */
export function replaceWithPlainText<K extends TextKind>(doc: Y.Doc, kind: K, id: Id | null, field: TextFieldName<K>): string {
  const text = textField(doc, kind, id, field);
  doc.transact(() => {
    const embeds: number[] = [];
    const attributes = new Set<string>();
    let index = 0;
    for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
      for (const name of Object.keys(op.attributes ?? {})) attributes.add(name);
      if (typeof op.insert === 'string') {
        index += op.insert.length;
      } else {
        embeds.push(index);
        index += 1;
      }
    }
    // From the end, so the positions of the embeds still to delete do not move.
    for (const at of embeds.reverse()) text.delete(at, 1);
    if (attributes.size > 0) text.format(0, text.length, Object.fromEntries([...attributes].map((name) => [name, null])));
  });
  return text.toString();
}
