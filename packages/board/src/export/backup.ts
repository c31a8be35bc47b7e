import * as Y from 'yjs';
import { metaMap } from '../doc.js';
import { documentShape, facilitatorOnlyParts, isEntryKey, type Field, type Node } from '../documentShape.js';
import { BoardError } from '../errors.js';
import { checkWholeBoard } from '../updateCheck.js';

// A board's JSON backup is its document as documentShape describes it: every part a client may
// write (the live meeting's state aside), each field in the form the board package stores it (ids
// kept, id sets as { id: true }, long text as strings, histories as lists). The same description
// checks an import, so whatever the model can write round-trips and nothing else gets in.
// Not carried: who the server saw make each change (authors, overwrites, the Yjs writer of an
// entity), which a file cannot vouch for; the new board starts with none.

export const backupFormat = 'partnerboard-board';
export const backupVersion = 1;

/** A whole board as a versioned JSON document. */
export interface BoardBackup {
  readonly format: typeof backupFormat;
  readonly version: typeof backupVersion;
  readonly exportedAt: string;
  /** Each part of the document by name (meta, partners, people, goals, actions...). */
  readonly board: Readonly<Record<string, unknown>>;
}

/** The parts of the document a backup holds. */
export const backupParts: readonly string[] = Object.keys(documentShape).filter((part) => !facilitatorOnlyParts.includes(part));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

// Reading: a value the shape would refuse (a board stored before updates were checked) is left
// out, as the readers would read it as empty anyway, so every backup made here imports again.

function readField(field: Field, value: unknown): Json | undefined {
  if ('value' in field) return field.value(value) === null ? (value as Json) : undefined;
  return readNode(field.node, value);
}

function readNode(node: Node, value: unknown): Json | undefined {
  switch (node.kind) {
    case 'fields': {
      if (!(value instanceof Y.Map)) return undefined;
      const out: Record<string, Json> = {};
      for (const [key, field] of Object.entries(node.fields)) {
        const read = readField(field, (value as Y.Map<unknown>).get(key));
        if (read !== undefined) out[key] = read;
      }
      return out;
    }
    case 'entries': {
      if (!(value instanceof Y.Map)) return undefined;
      const out: Record<string, Json> = {};
      for (const key of Array.from((value as Y.Map<unknown>).keys()).sort()) {
        if (!isEntryKey(node, key)) continue;
        const read = readField(node.entry, (value as Y.Map<unknown>).get(key));
        if (read !== undefined) out[key] = read;
      }
      return out;
    }
    case 'text':
      return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : undefined;
    case 'list':
      return value instanceof Y.Array ? (value.toArray() as unknown[]).filter((item): item is Json => node.item(item) === null) : undefined;
  }
}

/** The board in `doc` as a JSON backup; `exportedAt` is an ISO moment. */
export function boardBackup(doc: Y.Doc, exportedAt: string = new Date().toISOString()): BoardBackup {
  const board: Record<string, Json> = {};
  for (const part of backupParts) {
    const node = documentShape[part];
    if (!node) continue;
    const read = readNode(node, node.kind === 'fields' || node.kind === 'entries' ? doc.getMap(part) : undefined);
    if (read !== undefined) board[part] = read;
  }
  return { format: backupFormat, version: backupVersion, exportedAt, board };
}

// Restoring: the file is untrusted. Each value is checked against the shape as it is built, and the
// first problem is refused with where it is in the file.

function refuse(path: string, problem: string): never {
  throw new BoardError('invalid', `The backup's ${path} ${problem}.`, path);
}

function restoreField(field: Field, value: unknown, path: string): unknown {
  if ('value' in field) {
    const problem = field.value(value);
    if (problem !== null) refuse(path, problem);
    // A plain record is stored as given: copied, so the caller's object is not shared with the document.
    return isPlainObject(value) ? { ...value } : value;
  }
  return restoreNode(field.node, value, path);
}

/** The entries of a map node (named fields, or entries by id), each checked and built. */
function restoreEntries(node: Extract<Node, { kind: 'fields' | 'entries' }>, value: unknown, path: string): [string, unknown][] {
  if (node.kind === 'fields') {
    if (!isPlainObject(value)) refuse(path, 'must be an object');
    const entries: [string, unknown][] = Object.entries(value).map(([key, item]) => {
      const field = Object.hasOwn(node.fields, key) ? node.fields[key] : undefined;
      if (!field) refuse(path, `has an unknown field "${key.slice(0, 40)}"`);
      return [key, restoreField(field, item, `${path} › ${key}`)];
    });
    // Every nested text, list and map is made here, as the writers make them with the item: two
    // clients each making a missing one later would overwrite each other's (see meta.ts).
    for (const [key, field] of Object.entries(node.fields)) {
      if ('node' in field && !Object.hasOwn(value, key)) entries.push([key, restoreNode(field.node, emptyValue(field.node), `${path} › ${key}`)]);
    }
    return entries;
  }
  if (!isPlainObject(value)) refuse(path, 'must be an object keyed by id');
  const keys = Object.keys(value);
  if (keys.length > node.max) refuse(path, `holds ${keys.length} ${node.thing}, more than the ${node.max} a board may hold`);
  return keys.map((key) => {
    if (!isEntryKey(node, key)) refuse(path, `has "${key.slice(0, 40)}", which is not an id from a board`);
    return [key, restoreField(node.entry, value[key], `${path} › ${key}`)];
  });
}

function emptyValue(node: Node): unknown {
  return node.kind === 'text' ? '' : node.kind === 'list' ? [] : {};
}

function restoreNode(node: Node, value: unknown, path: string): Y.Map<unknown> | Y.Text | Y.Array<unknown> {
  switch (node.kind) {
    case 'fields':
    case 'entries': {
      const map = new Y.Map<unknown>();
      for (const [key, item] of restoreEntries(node, value, path)) map.set(key, item);
      return map;
    }
    case 'text':
      if (typeof value !== 'string') refuse(path, 'must be text');
      if (value.length > node.max) refuse(path, `is longer than ${node.max} characters`);
      return new Y.Text(value);
    case 'list': {
      if (!Array.isArray(value)) refuse(path, 'must be a list');
      if (value.length > node.max) refuse(path, `holds more than ${node.max} entries`);
      value.forEach((item, index) => {
        const problem = node.item(item);
        if (problem !== null) refuse(`${path} › ${index + 1}`, problem);
      });
      const list = new Y.Array<unknown>();
      list.push(value.map((item) => (isPlainObject(item) ? { ...item } : item)));
      return list;
    }
  }
}

function checkEnvelope(input: unknown): Record<string, unknown> {
  if (!isPlainObject(input)) throw new BoardError('invalid', 'This file is not a Partnerboard backup: it is not a JSON object.');
  if (input.format !== backupFormat) throw new BoardError('invalid', 'This file is not a Partnerboard backup (its "format" is not "partnerboard-board").', 'format');
  if (input.version !== backupVersion) {
    throw new BoardError('invalid', `This backup is of version ${JSON.stringify(input.version)?.slice(0, 20)}; this Partnerboard reads version ${backupVersion}.`, 'version');
  }
  for (const key of Object.keys(input)) {
    if (!['format', 'version', 'exportedAt', 'board'].includes(key)) throw new BoardError('invalid', `A backup has no part called "${key.slice(0, 40)}".`, key);
  }
  if (input.exportedAt !== undefined && typeof input.exportedAt !== 'string') throw new BoardError('invalid', 'The backup\'s "exportedAt" must be a date and time.', 'exportedAt');
  const board = input.board;
  if (!isPlainObject(board)) throw new BoardError('invalid', 'The backup holds no board.', 'board');
  const meta = board.meta;
  if (!isPlainObject(meta) || typeof meta.title !== 'string' || meta.title.trim() === '') {
    throw new BoardError('invalid', 'The backup\'s board has no title.', 'meta.title');
  }
  if (typeof meta.createdAt !== 'string') throw new BoardError('invalid', 'The backup\'s board has no creation date.', 'meta.createdAt');
  return board;
}

/** Builds the whole board of a backup in a document of its own, or throws a BoardError saying what is wrong. */
function buildBoard(input: unknown): Y.Doc {
  const board = checkEnvelope(input);
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const [part, value] of Object.entries(board)) {
      const node = backupParts.includes(part) ? documentShape[part] : undefined;
      if (!node || (node.kind !== 'fields' && node.kind !== 'entries')) throw new BoardError('invalid', `A board has no part called "${part.slice(0, 40)}".`, part);
      const target = doc.getMap(part);
      for (const [key, item] of restoreEntries(node, value, part)) target.set(key, item);
    }
  });
  return doc;
}

/**
 * Fills an empty document with the board of a JSON backup (from boardBackup): ids, order, texts
 * and histories as they were. Refuses, with a BoardError a person can act on and the document
 * unchanged, anything but a well-formed backup: wrong types, text over the limits, unknown fields,
 * or too many items. A reference to an item the backup does not hold is kept, as the board kept
 * it (two people editing apart can leave one; readBoard reports it), so that every backup restores.
 */
export function restoreBoard(doc: Y.Doc, input: unknown): void {
  if (typeof metaMap(doc).get('createdAt') === 'string') throw new BoardError('conflict', 'This board is already set up: a backup goes into a new board.');
  const scratch = buildBoard(input);
  try {
    const verdict = checkWholeBoard(scratch);
    if (!verdict.ok) throw new BoardError('invalid', `The backup does not make a valid board: ${verdict.problem}.`);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch));
  } finally {
    scratch.destroy();
  }
}
