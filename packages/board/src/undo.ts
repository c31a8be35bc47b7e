import type * as Y from 'yjs';
import { collection, collectionNames, metaMap } from './doc.js';

/** The shared types a Y.UndoManager should watch to undo edits to the board (not session state). */
export function undoScope(doc: Y.Doc): Y.Map<unknown>[] {
  return [metaMap(doc), ...collectionNames.map((name) => collection(doc, name) as Y.Map<unknown>)];
}
