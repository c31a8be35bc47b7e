import * as Y from 'yjs';
import { readAuthors } from './authors.js';
import { readOverwrites, type Overwrite } from './overwrites.js';
import { collection, metaMap, readString, type EntityMap } from './doc.js';
import { compareOrder } from './order.js';
import {
  readAction,
  readComment,
  readCommitment,
  readDecision,
  readGoal,
  readMeta,
  readPartner,
  readPerson,
  readReview,
  readRisk,
} from './readers.js';
import type { Author, Board, CollectionName, DanglingReference, Id, Meta } from './types.js';

// readBoard runs on every document update in the web client, so it is incremental: each collection
// keeps its plain objects and, from a deep observer, learns which entities changed. Only those are
// read again; an unchanged entity keeps its identity (so React can skip it), and an unchanged
// collection keeps its array. Work per call is linear in the board at worst, never quadratic.

function byTime<T extends { id: Id }>(time: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const left = time(a);
    const right = time(b);
    if (left !== right) return left < right ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

class CollectionCache<T extends { readonly id: Id }> {
  private readonly entities = new Map<Id, T>();
  private readonly changed = new Set<Id>();
  private everything = true;
  private list: readonly T[] | null = null;
  private readonly observer: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void;

  constructor(
    private readonly source: Y.Map<EntityMap>,
    private readonly read: (id: Id, map: EntityMap) => T,
    private readonly compare: (a: T, b: T) => number,
    onChange: () => void,
  ) {
    this.observer = (events) => {
      for (const event of events) {
        if (event instanceof Y.YMapEvent && event.target === source) for (const id of event.keysChanged) this.changed.add(id);
        else if (typeof event.path[0] === 'string') this.changed.add(event.path[0]);
      }
      this.list = null;
      onChange();
    };
    source.observeDeep(this.observer);
  }

  dispose(): void {
    this.source.unobserveDeep(this.observer);
  }

  /** The collection in display order, reading only the entities that changed since the last call. */
  current(): readonly T[] {
    if (this.list) return this.list;
    if (this.everything) {
      this.entities.clear();
      this.source.forEach((map, id) => {
        if (map instanceof Y.Map) this.entities.set(id, this.read(id, map));
      });
      this.everything = false;
    } else {
      for (const id of this.changed) {
        const map = this.source.get(id);
        if (map instanceof Y.Map) this.entities.set(id, this.read(id, map));
        else this.entities.delete(id);
      }
    }
    this.changed.clear();
    this.list = Object.freeze(Array.from(this.entities.values()).sort(this.compare));
    return this.list;
  }
}

class BoardCache {
  private board: Board | null = null;
  private meta: Meta | null = null;
  private authors: ReadonlyMap<number, Author> | null = null;
  private overwrites: readonly Overwrite[] | null = null;
  private readonly partners;
  private readonly people;
  private readonly goals;
  private readonly actions;
  private readonly decisions;
  private readonly risks;
  private readonly comments;
  private readonly commitments;
  private readonly reviews;

  constructor(private readonly doc: Y.Doc) {
    const changed = () => {
      this.board = null;
    };
    this.partners = new CollectionCache(collection(doc, 'partners'), readPartner, compareOrder, changed);
    this.people = new CollectionCache(collection(doc, 'people'), readPerson, compareOrder, changed);
    this.goals = new CollectionCache(collection(doc, 'goals'), readGoal, compareOrder, changed);
    this.actions = new CollectionCache(collection(doc, 'actions'), readAction, compareOrder, changed);
    this.decisions = new CollectionCache(collection(doc, 'decisions'), readDecision, byTime((d) => d.createdAt), changed);
    this.risks = new CollectionCache(collection(doc, 'risks'), readRisk, byTime((r) => r.createdAt), changed);
    this.comments = new CollectionCache(collection(doc, 'comments'), readComment, byTime((c) => c.at), changed);
    this.commitments = new CollectionCache(collection(doc, 'commitments'), readCommitment, byTime((c) => c.createdAt), changed);
    this.reviews = new CollectionCache(collection(doc, 'reviews'), readReview, byTime((r) => r.heldOn), changed);
    metaMap(doc).observeDeep(this.metaObserver);
    doc.getMap('authors').observe(this.authorsObserver);
    doc.getMap('overwrites').observe(this.overwritesObserver);
  }

  private readonly overwritesObserver = () => {
    this.overwrites = null;
    this.board = null;
  };

  private readonly authorsObserver = () => {
    this.authors = null;
    this.board = null;
  };

  private readonly metaObserver = () => {
    this.meta = null;
    this.board = null;
  };

  dispose(): void {
    metaMap(this.doc).unobserveDeep(this.metaObserver);
    this.doc.getMap('authors').unobserve(this.authorsObserver);
    this.doc.getMap('overwrites').unobserve(this.overwritesObserver);
    for (const cache of this.all()) cache.dispose();
  }

  private all() {
    return [this.partners, this.people, this.goals, this.actions, this.decisions, this.risks, this.comments, this.commitments, this.reviews];
  }

  current(): Board {
    if (this.board) return this.board;
    this.meta ??= readMeta(metaMap(this.doc));
    this.authors ??= readAuthors(this.doc);
    this.overwrites ??= Object.freeze(readOverwrites(this.doc));
    const lists = {
      partners: this.partners.current(),
      people: this.people.current(),
      goals: this.goals.current(),
      actions: this.actions.current(),
      decisions: this.decisions.current(),
      risks: this.risks.current(),
      comments: this.comments.current(),
      commitments: this.commitments.current(),
      reviews: this.reviews.current(),
    };
    this.board = Object.freeze({ meta: this.meta, ...lists, dangling: Object.freeze(findDangling(this.meta, lists)), authors: this.authors, overwrites: this.overwrites });
    return this.board;
  }
}

const caches = new WeakMap<Y.Doc, BoardCache>();

/**
 * The whole board as plain, frozen objects, lists in display order. Cheap to call on every update:
 * unchanged entities and lists keep their identity between calls. Inside a transaction (before
 * observers have run) it reads everything afresh.
 */
export function readBoard(doc: Y.Doc): Board {
  if (doc._transaction !== null) {
    const once = new BoardCache(doc);
    try {
      return once.current();
    } finally {
      once.dispose();
    }
  }
  let cache = caches.get(doc);
  if (!cache) {
    cache = new BoardCache(doc);
    caches.set(doc, cache);
  }
  return cache.current();
}

/**
 * The board's title alone, as readBoard would give it. For a reader that needs nothing else (the
 * server, naming a board in its index): readBoard reads every entity and keeps a cache of them, and
 * its observers, for the life of the document.
 */
export function readTitle(doc: Y.Doc): string {
  return readString(metaMap(doc), 'title');
}

type Lists = Omit<Board, 'meta' | 'dangling' | 'authors' | 'overwrites'>;

/** Every reference to an id that is not on the board (left behind when two people edited apart). */
function findDangling(meta: Meta, lists: Lists): DanglingReference[] {
  const ids = (items: readonly { id: Id }[]) => new Set(items.map((item) => item.id));
  const partners = ids(lists.partners);
  const people = ids(lists.people);
  const goals = ids(lists.goals);
  const actions = ids(lists.actions);
  const anything = new Set([...partners, ...people, ...goals, ...actions, ...ids(lists.decisions), ...ids(lists.risks), ...ids(lists.commitments), ...ids(lists.reviews)]);
  const found: DanglingReference[] = [];
  const check = (collectionName: CollectionName, id: Id, field: string, ref: Id | null, known: ReadonlySet<Id>) => {
    if (ref !== null && !known.has(ref)) found.push({ collection: collectionName, id, field, missingId: ref });
  };
  const checkAll = (collectionName: CollectionName, id: Id, field: string, refs: readonly Id[], known: ReadonlySet<Id>) => {
    for (const ref of refs) check(collectionName, id, field, ref, known);
  };
  for (const p of lists.partners) check('partners', p.id, 'leadPersonId', p.leadPersonId, people);
  for (const p of lists.people) check('people', p.id, 'partnerId', p.partnerId, partners);
  for (const g of lists.goals) {
    check('goals', g.id, 'ownerId', g.ownerId, people);
    checkAll('goals', g.id, 'partnerIds', g.partnerIds, partners);
  }
  for (const a of lists.actions) {
    check('actions', a.id, 'goalId', a.goalId, goals);
    check('actions', a.id, 'ownerId', a.ownerId, people);
    checkAll('actions', a.id, 'responsibleIds', a.responsibleIds, people);
    checkAll('actions', a.id, 'consultedIds', a.consultedIds, people);
    checkAll('actions', a.id, 'informedIds', a.informedIds, people);
  }
  for (const d of lists.decisions) {
    checkAll('decisions', d.id, 'agreedByPartnerIds', d.agreedByPartnerIds, partners);
    checkAll('decisions', d.id, 'consultedIds', d.consultedIds, people);
    checkAll('decisions', d.id, 'goalIds', d.goalIds, goals);
    checkAll('decisions', d.id, 'actionIds', d.actionIds, actions);
  }
  for (const r of lists.risks) {
    check('risks', r.id, 'ownerId', r.ownerId, people);
    check('risks', r.id, 'goalId', r.goalId, goals);
    checkAll('risks', r.id, 'mitigationActionIds', r.mitigationActionIds, actions);
  }
  for (const c of lists.comments) check('comments', c.id, 'itemId', c.itemId, anything);
  for (const c of lists.commitments) {
    check('commitments', c.id, 'partnerId', c.partnerId, partners);
    check('commitments', c.id, 'goalId', c.goalId, goals);
  }
  for (const r of lists.reviews) checkAll('reviews', r.id, 'verdicts', Object.keys(r.verdicts), goals);
  if (meta.leadPersonId !== null && !people.has(meta.leadPersonId)) {
    found.push({ collection: 'meta', id: '', field: 'leadPersonId', missingId: meta.leadPersonId });
  }
  return found;
}
