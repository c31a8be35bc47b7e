import * as Y from 'yjs';
import { ensureMap, findMap, metaMap, requireEntity } from './doc.js';
import { BoardError } from './errors.js';
import type { Id } from './types.js';

/** The long-text fields of each kind of item, which collaborative editors bind to. */
export const textFields = {
  goals: ['description'],
  actions: ['notes'],
  decisions: ['context', 'alternatives', 'rationale'],
  risks: ['description', 'mitigation'],
  reviews: ['notes'],
  meta: ['purpose', 'voice', 'objectives', 'waysOfWorking', 'communication', 'expectations'],
} as const;

export type TextKind = keyof typeof textFields;
export type TextFieldName<K extends TextKind> = (typeof textFields)[K][number];

const agreementFields: readonly string[] = ['objectives', 'waysOfWorking', 'communication', 'expectations'];

/**
 * The live Y.Text of a long-text field, for a collaborative editor: typing into it merges with
 * everyone else's typing. `id` is the item's id; for 'meta' it is null, except for 'expectations',
 * where it is the partner's id. Editors should cap input at limits.longText.
 */
export function textField<K extends TextKind>(doc: Y.Doc, kind: K, id: Id | null, field: TextFieldName<K>): Y.Text {
  if (!(textFields[kind] as readonly string[]).includes(field)) {
    throw new BoardError('invalid', `There is no text field '${field}' on ${kind}.`, 'field');
  }
  if (kind === 'meta') {
    if (field === 'expectations') {
      if (id === null) throw new BoardError('invalid', 'Say which partner the expectations belong to.', 'id');
      requireEntity(doc, 'partners', id, 'id');
      return textAt(doc, metaMap(doc), ['agreement', 'expectations'], id);
    }
    return textAt(doc, metaMap(doc), agreementFields.includes(field) ? ['agreement'] : [], field);
  }
  if (id === null) throw new BoardError('invalid', 'Say which item the text belongs to.', 'id');
  return textAt(doc, requireEntity(doc, kind as Exclude<TextKind, 'meta'>, id), [], field);
}

/** The Y.Text at root/path/key; made, in one transaction, only for a document created without it. */
function textAt(doc: Y.Doc, root: Y.Map<unknown>, path: readonly string[], key: string): Y.Text {
  let map: Y.Map<unknown> | undefined = root;
  for (const step of path) map = map && findMap(map, step);
  const existing = map?.get(key);
  if (existing instanceof Y.Text) return existing;
  return doc.transact(() => {
    let parent = root;
    for (const step of path) parent = ensureMap(parent, step);
    const current = parent.get(key);
    const made = new Y.Text(typeof current === 'string' ? current : '');
    parent.set(key, made);
    return made;
  });
}
