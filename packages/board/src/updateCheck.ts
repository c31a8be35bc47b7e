import * as Y from 'yjs';
import { documentShape, isEntryKey, serverShape, type Field, type Node } from './documentShape.js';

// Checks a Yjs update against the board's shape (documentShape.ts) before it is applied: the
// server runs it on every update a client sends, so nothing outside the shape is stored or shared.
//
// An update names where each new item goes only indirectly: a top-level name, the id of the type
// it goes into, or the item it was inserted next to (its origin), as Yjs integrates it. The check
// follows the same references, through this update, the updates checked before it in the batch,
// and the document, and judges each item by the part of the shape it lands in.

/**
 * What the check says of one update. `clients`: the Yjs client ids whose new items it carries;
 * `parts`: the top-level parts of the document it writes or deletes from (for per-part permissions).
 */
export type UpdateVerdict =
  | { readonly ok: true; readonly clients: readonly number[]; readonly parts: ReadonlySet<string> }
  | { readonly ok: false; readonly problem: string };

type Struct = Y.Item | Y.GC | Y.Skip;
type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
// Yjs types its shared types by their event; any one of them may be met here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SharedType = Y.AbstractType<any>;

/** A shared type an item may land in: where it is in the shape, and the type itself once in the document. */
interface Place {
  readonly node: Node;
  /** Words for messages, e.g. 'action notes'. */
  readonly label: string;
  /** The type in the document; null while it is made by an update not yet applied. */
  readonly type: SharedType | null;
  /** Identifies the type among those an update touches. */
  readonly key: SharedType | string;
  /** The top-level part of the document it is in. */
  readonly root: string;
}

/** Where an item lands: in a place (under `sub` for a map), or nowhere (Yjs collects it as garbage). */
type Landing = { readonly place: Place; readonly sub: string | null } | 'nowhere';

class Refusal extends Error {}

function refuse(problem: string): never {
  throw new Refusal(problem);
}

function idKey(client: number, clock: number): string {
  return `${client}:${clock}`;
}

function typeMatches(node: Node, type: SharedType): boolean {
  switch (node.kind) {
    case 'text':
      return type.constructor === Y.Text;
    case 'list':
      return type.constructor === Y.Array;
    default:
      return type.constructor === Y.Map;
  }
}

/** The part of the shape at `sub` of `place`. */
function fieldAt(place: Place, sub: string | null): Field {
  const { node } = place;
  if (node.kind === 'fields') {
    if (sub === null) refuse(`the ${node.thing} holds only named fields`);
    if (!Object.hasOwn(node.fields, sub)) refuse(`the ${node.thing} has no field "${sub.slice(0, 40)}"`);
    return node.fields[sub] as Field;
  }
  if (node.kind === 'entries') {
    if (sub === null || !isEntryKey(node, sub)) refuse(`the ${node.thing} are kept by board ids`);
    return node.entry;
  }
  refuse(`the ${node.thing} holds no named fields`);
}

function labelOf(place: Place, sub: string | null, field: Field): string {
  if ('node' in field) return field.node.thing;
  return place.node.kind === 'fields' && sub !== null ? `${place.node.thing} ${sub}` : place.node.thing;
}

/** Remembered from an update already checked: its items, where each lands, and the types it makes. */
interface Checked {
  readonly byClient: Map<number, Struct[]>;
  readonly landings: Map<Y.Item, Landing>;
  readonly made: Map<string, Place | 'nowhere'>;
}

/**
 * Checks the updates of one batch against a document, in the order they will be applied. Make one
 * per batch: an accepted update's items are remembered, because a later update of the batch may
 * build on them (typing: each key's item follows the last). A refused one is forgotten.
 */
export class BoardUpdateCheck {
  private readonly accepted: Checked[] = [];
  /**
   * What the updates accepted so far in this batch add to each text and list (characters, entries)
   * and to each map (new keys): each later one is judged with them, as they will be applied before
   * it, or a burst of updates could each pass a limit that together they exceed.
   */
  readonly grown = new Map<Place['key'], number>();
  readonly added = new Map<Place['key'], Set<string>>();
  private readonly places = new WeakMap<SharedType, Place | null>();

  /** The top-level parts updates may write. */
  readonly shape: Readonly<Record<string, Node>>;

  /** `server`: also the parts only the server writes, to check a whole stored board. */
  constructor(
    readonly doc: Y.Doc,
    { server = false }: { server?: boolean } = {},
  ) {
    this.shape = server ? { ...documentShape, ...serverShape } : documentShape;
  }

  /**
   * Checks one update (raw, or as Y.decodeUpdate reads it); an accepted one is remembered for the
   * rest of the batch. `mayWrite`, when given, is asked about each Yjs client whose new items the
   * update carries, and says what is wrong (or null) with the sender writing as that client.
   * `mayWriteParts`, when given, is asked about the top-level parts the update writes, last.
   */
  check(update: Uint8Array | DecodedUpdate, mayWrite?: (client: number) => string | null, mayWriteParts?: (parts: ReadonlySet<string>) => string | null): UpdateVerdict {
    const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
    const checked: Checked = { byClient: new Map(), landings: new Map(), made: new Map() };
    for (const struct of structs) {
      let list = checked.byClient.get(struct.id.client);
      if (!list) checked.byClient.set(struct.id.client, (list = []));
      list.push(struct);
    }
    try {
      const walk = new UpdateWalk(this, checked, ds);
      const clients = walk.run();
      for (const client of clients) {
        const problem = mayWrite?.(client);
        if (problem) refuse(problem);
      }
      const problem = mayWriteParts?.(walk.parts);
      if (problem) refuse(problem);
      // Newest first: a later update most often builds on the one just before it.
      this.accepted.unshift(checked);
      walk.addGrowthTo(this.grown, this.added);
      return { ok: true, clients, parts: walk.parts };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, problem: error.message };
      throw error;
    }
  }

  /** The state of `client` in the document (how many of its items it has). */
  stateOf(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** The document's struct holding `id`, or undefined when the document lacks it. */
  docStruct(id: Y.ID): Y.Item | Y.GC | undefined {
    if (this.stateOf(id.client) <= id.clock) return undefined;
    const structs = this.doc.store.clients.get(id.client);
    return structs?.[Y.findIndexSS(structs, id.clock)];
  }

  /** Items of the updates accepted earlier in this batch, newest first. */
  earlier(): readonly Checked[] {
    return this.accepted;
  }

  /** Where a type of the document sits in the shape; null when outside it (stored before the check, or never). */
  placeOf(type: SharedType): Place | null {
    const known = this.places.get(type);
    if (known !== undefined) return known;
    let place: Place | null = null;
    const item = type._item;
    if (item === null) {
      const name = Y.findRootTypeKey(type);
      const node = Object.hasOwn(this.shape, name) ? this.shape[name] : undefined;
      if (node) place = { node, label: node.thing, type, key: type, root: name };
    } else if (item.parent instanceof Y.AbstractType) {
      const parent = this.placeOf(item.parent);
      if (parent) {
        try {
          const field = fieldAt(parent, item.parentSub);
          if ('node' in field && typeMatches(field.node, type)) place = { node: field.node, label: labelOf(parent, item.parentSub, field), type, key: type, root: parent.root };
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
        }
      }
    }
    this.places.set(type, place);
    return place;
  }
}

/** One update's walk: where each new item lands, whether it may, and what the update deletes. */
class UpdateWalk {
  /** Characters each text gains (less those it loses), by place key. */
  private readonly textGrowth: Growth = new Map();
  /** New keys each map of entries gains. */
  private readonly newKeys = new Map<Place['key'], { place: Place; keys: Set<string> }>();
  /** Values each list gains. */
  private readonly listGrowth: Growth = new Map();
  /** The top-level parts this update writes or deletes from. */
  readonly parts = new Set<string>();
  /** `place key|sub` of every field this update writes (a write replaces the value it deletes). */
  private readonly written = new Set<string>();
  private readonly keyIds = new WeakMap<object, number>();
  private nextKeyId = 1;

  constructor(
    private readonly check: BoardUpdateCheck,
    private readonly update: Checked,
    private readonly ds: DecodedUpdate['ds'],
  ) {}

  run(): number[] {
    const clients = new Set<number>();
    for (const [client, structs] of this.update.byClient) {
      const state = this.check.stateOf(client);
      // Yjs integrates a client's items only in order: one after a gap would wait, invisible, for ever.
      let next = Math.max(state, ...this.check.earlier().map((checked) => endOf(checked.byClient.get(client))));
      for (const struct of structs) {
        if (struct.id.clock + struct.length <= state || struct instanceof Y.Skip) continue;
        if (struct.id.clock > next) refuse('it builds on changes the server never received');
        next = Math.max(next, struct.id.clock + struct.length);
        if (!(struct instanceof Y.Item)) continue;
        clients.add(client);
        this.admit(struct);
      }
    }
    this.checkDeletions();
    this.checkGrowth();
    return [...clients];
  }

  private admit(item: Y.Item): void {
    const landing = this.landingOf(item);
    if (landing === 'nowhere') {
      if (item.content instanceof Y.ContentType) this.madeBy(item);
      return;
    }
    const { place, sub } = landing;
    this.parts.add(place.root);
    const { content } = item;
    const { node } = place;
    if (node.kind === 'text') {
      if (sub !== null) refuse(`the ${node.thing} holds only text`);
      if (content instanceof Y.ContentString) this.grow(this.textGrowth, place, content.str.length);
      else if (!(content instanceof Y.ContentDeleted)) refuse(`the ${node.thing} may hold only plain text (no embeds, formatting or nested parts)`);
      return;
    }
    if (node.kind === 'list') {
      if (sub !== null) refuse(`the ${node.thing} holds only a list`);
      if (content instanceof Y.ContentDeleted) return;
      if (!(content instanceof Y.ContentAny)) refuse(`the ${node.thing} may hold only plain entries`);
      for (const value of content.arr) {
        const problem = node.item(value);
        if (problem) refuse(`an entry of the ${node.thing} ${problem}`);
      }
      this.grow(this.listGrowth, place, content.arr.length);
      return;
    }
    const field = fieldAt(place, sub);
    const key = sub as string;
    this.written.add(this.fieldKey(place, key));
    if (node.kind === 'entries' && !this.hasKey(place, key)) {
      let entry = this.newKeys.get(place.key);
      if (!entry) this.newKeys.set(place.key, (entry = { place, keys: new Set() }));
      entry.keys.add(key);
    }
    const label = labelOf(place, sub, field);
    if (content instanceof Y.ContentDeleted) return;
    if ('value' in field) {
      if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) refuse(`the ${label} must be a plain value`);
      const problem = field.value(content.arr[0]);
      if (problem) refuse(`the ${label} ${problem}`);
      return;
    }
    if (!(content instanceof Y.ContentType) || !typeMatches(field.node, content.type)) refuse(`the ${label} is not the kind of part it must be`);
    this.madeBy(item);
  }

  private grow(totals: Growth, place: Place, by: number): void {
    const current = totals.get(place.key);
    if (current) current.amount += by;
    else totals.set(place.key, { place, amount: by });
  }

  private fieldKey(place: Place, sub: string): string {
    const key = typeof place.key === 'string' ? place.key : `#${this.keyIdOf(place.key)}`;
    return `${key}|${sub}`;
  }

  private keyIdOf(type: object): number {
    let id = this.keyIds.get(type);
    if (id === undefined) this.keyIds.set(type, (id = this.nextKeyId++));
    return id;
  }

  /** Whether the map at `place` already shows `key` (so writing it adds no entry). */
  private hasKey(place: Place, key: string): boolean {
    const item = place.type?._map.get(key);
    return item !== undefined && !item.deleted;
  }

  /** Where `item` lands, as Yjs will decide it (Item.getMissing), remembered for the items that follow it. */
  private landingOf(item: Y.Item): Landing {
    const known = this.update.landings.get(item);
    if (known) return known;
    // Items inserted one after another refer each to the last: follow the chain without recursion.
    const chain = new Set<Y.Item>();
    let current: Y.Item = item;
    let landing: Landing | undefined;
    for (;;) {
      chain.add(current);
      const step = this.directLanding(current);
      if (step instanceof Y.Item) {
        const cached = this.update.landings.get(step);
        if (cached) {
          landing = cached;
          break;
        }
        if (chain.has(step)) refuse('an item refers to itself');
        current = step;
        continue;
      }
      landing = step;
      break;
    }
    for (const link of chain) this.update.landings.set(link, landing);
    return landing;
  }

  /** Where `item` lands, or the not yet resolved item of this update whose landing it shares. */
  private directLanding(item: Y.Item): Landing | Y.Item {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') {
      if (!Object.hasOwn(this.check.shape, parent)) refuse(`the board has no part "${parent.slice(0, 40)}"`);
      const root = this.check.placeOf(this.rootType(parent));
      if (!root) refuse(`the board's ${parent} cannot be written`);
      return { place: root, sub: item.parentSub };
    }
    if (parent instanceof Y.ID) {
      const place = this.typePlace(parent);
      return place === 'nowhere' ? 'nowhere' : { place, sub: item.parentSub };
    }
    if (parent instanceof Y.AbstractType) {
      // An item already in the document.
      const place = this.check.placeOf(parent);
      if (!place) refuse('it writes where no client may write');
      return { place, sub: item.parentSub };
    }
    const left = item.origin ? this.find(item.origin) : null;
    const right = item.rightOrigin ? this.find(item.rightOrigin) : null;
    if (left instanceof Y.GC || right instanceof Y.GC) return 'nowhere';
    const beside = left ?? right;
    if (!beside) refuse('an item has no place in the board');
    return beside;
  }

  private rootType(name: string): SharedType {
    const node = this.check.shape[name] as Node;
    const { doc } = this.check;
    return node.kind === 'text' ? doc.getText(name) : node.kind === 'list' ? doc.getArray(name) : doc.getMap(name);
  }

  /** The struct holding `id`: in this update, in one accepted before it in the batch, or in the document. */
  private find(id: Y.ID): Y.Item | Y.GC {
    const own = this.update.byClient.get(id.client);
    const found = own && findIn(own, id.clock);
    if (found && !(found instanceof Y.Skip)) return found;
    for (const checked of this.check.earlier()) {
      const structs = checked.byClient.get(id.client);
      const earlier = structs && findIn(structs, id.clock);
      if (earlier instanceof Y.GC) return earlier;
      const landing = earlier instanceof Y.Item ? checked.landings.get(earlier) : undefined;
      if (earlier instanceof Y.Item && landing) {
        this.update.landings.set(earlier, landing);
        return earlier;
      }
    }
    const inDoc = this.check.docStruct(id);
    if (!inDoc) refuse('it builds on changes the server never received');
    return inDoc;
  }

  /** The place of the type made by the item `id`, or nowhere when that item is (or will be) garbage. */
  private typePlace(id: Y.ID): Place | 'nowhere' {
    const key = idKey(id.client, id.clock);
    for (const checked of [this.update, ...this.check.earlier()]) {
      const made = checked.made.get(key);
      if (made) return made;
    }
    // Made by an item of this update not admitted yet (an update may hold several clients' items in any order).
    const own = this.update.byClient.get(id.client);
    const maker = own && findIn(own, id.clock);
    if (maker instanceof Y.Item && maker.id.clock === id.clock) return this.madeBy(maker);
    if (maker instanceof Y.GC) return 'nowhere';
    const struct = this.check.docStruct(id);
    if (!struct) refuse('it builds on changes the server never received');
    // Yjs collects what goes into a collected type.
    if (struct instanceof Y.GC) return 'nowhere';
    if (!(struct.content instanceof Y.ContentType)) refuse('an item goes into something that is not a part of the board');
    const place = this.check.placeOf(struct.content.type);
    if (!place) refuse('it writes where no client may write');
    return place;
  }

  /** The place of the type `item` makes, checked where it lands; remembered for the items that go into it. */
  private madeBy(item: Y.Item): Place | 'nowhere' {
    const key = idKey(item.id.client, item.id.clock);
    const known = this.update.made.get(key);
    if (known) return known;
    const landing = this.landingOf(item);
    let made: Place | 'nowhere' = 'nowhere';
    if (landing !== 'nowhere') {
      const field = fieldAt(landing.place, landing.sub);
      if (!('node' in field) || !(item.content instanceof Y.ContentType) || !typeMatches(field.node, item.content.type)) {
        refuse(`the ${labelOf(landing.place, landing.sub, field)} is not the kind of part it must be`);
      }
      made = { node: field.node, label: labelOf(landing.place, landing.sub, field), type: null, key, root: landing.place.root };
    }
    this.update.made.set(key, made);
    return made;
  }

  /**
   * Deleting is editing, with one exception: a field of the board or of one of its items is
   * changed, never removed, unless the item itself goes (an honest client never does otherwise).
   * Deleted characters also count against a text's growth.
   */
  private checkDeletions(): void {
    for (const [client, ranges] of this.ds.clients) {
      const known = Math.max(this.check.stateOf(client), ...[this.update, ...this.check.earlier()].map((checked) => endOf(checked.byClient.get(client))));
      const structs = this.check.doc.store.clients.get(client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        // Yjs would keep such a deletion waiting, in every snapshot, for items that may never come.
        if (end > known) refuse('it builds on changes the server never received');
        if (!structs || this.check.stateOf(client) <= clock) continue;
        for (let index = Y.findIndexSS(structs, clock); index < structs.length; index += 1) {
          const struct = structs[index] as Y.Item | Y.GC;
          if (struct.id.clock >= end) break;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          this.deleting(struct, Math.min(end, struct.id.clock + struct.length) - Math.max(clock, struct.id.clock));
        }
      }
    }
  }

  private deleting(item: Y.Item, length: number): void {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return;
    const place = this.check.placeOf(parent);
    if (place) this.parts.add(place.root);
    if (parent.constructor === Y.Text && item.countable) {
      if (place) this.grow(this.textGrowth, place, -length);
      return;
    }
    if (item.parentSub === null || parent._map.get(item.parentSub) !== item) return;
    if (!place || place.node.kind !== 'fields') return;
    const owner = parent._item;
    if (owner !== null && (owner.deleted || Y.isDeleted(this.ds, owner.id))) return;
    if (this.written.has(this.fieldKey(place, item.parentSub))) return;
    refuse(`the ${place.node.thing} ${item.parentSub} cannot be removed, only changed`);
  }

  private checkGrowth(): void {
    const { grown, added } = this.check;
    for (const { place, amount } of this.textGrowth.values()) {
      const max = maxOf(place.node);
      const before = lengthOf(place.type) + (grown.get(place.key) ?? 0);
      // Only growth past the limit is refused: someone may still shorten a text already over it.
      if (amount > 0 && before + amount > max) refuse(`the ${place.node.thing} would be longer than ${max} characters`);
    }
    for (const { place, amount } of this.listGrowth.values()) {
      const max = maxOf(place.node);
      if (lengthOf(place.type) + (grown.get(place.key) ?? 0) + amount > max) refuse(`the ${place.node.thing} would hold more than ${max} entries`);
    }
    for (const { place, keys } of this.newKeys.values()) {
      const max = maxOf(place.node);
      const earlier = added.get(place.key);
      const adding = earlier ? keys.size + [...earlier].filter((key) => !keys.has(key)).length : keys.size;
      // The map's keys, deleted ones too, bound its entries; counting those alive walks it, so only past that bound.
      if (adding + (place.type?._map.size ?? 0) > max && adding + liveKeys(place.type) > max) refuse(`the ${place.node.thing} would hold more than ${max}`);
    }
  }

  /** Adds what this update grows to the batch's totals, once it is accepted. */
  addGrowthTo(grown: Map<Place['key'], number>, added: Map<Place['key'], Set<string>>): void {
    for (const growth of [this.textGrowth, this.listGrowth]) {
      for (const [key, { amount }] of growth) grown.set(key, (grown.get(key) ?? 0) + amount);
    }
    for (const [key, { keys }] of this.newKeys) {
      const earlier = added.get(key);
      if (earlier) for (const id of keys) earlier.add(id);
      else added.set(key, new Set(keys));
    }
  }
}

type Growth = Map<Place['key'], { place: Place; amount: number }>;

function maxOf(node: Node): number {
  return node.kind === 'fields' ? Number.POSITIVE_INFINITY : node.max;
}

/** Length of a text or list in the document (0 for one this batch makes). */
function lengthOf(type: SharedType | null): number {
  return type ? type._length : 0;
}

/** The clock after the last of a client's structs in an update (0 when it has none). */
function endOf(structs: readonly Struct[] | undefined): number {
  const last = structs?.at(-1);
  return last ? last.id.clock + last.length : 0;
}

function liveKeys(type: SharedType | null): number {
  if (!type) return 0;
  let count = 0;
  for (const item of type._map.values()) if (!item.deleted) count += 1;
  return count;
}

/** The struct of a client's list (in clock order) that holds `clock`. */
function findIn(structs: readonly Struct[], clock: number): Struct | undefined {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = structs[middle] as Struct;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}

/** Checks a whole board (a stored one, say) against the shape, the parts only the server writes included. */
export function checkWholeBoard(doc: Y.Doc): UpdateVerdict {
  return new BoardUpdateCheck(new Y.Doc(), { server: true }).check(Y.encodeStateAsUpdate(doc));
}
