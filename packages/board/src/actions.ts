import * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { appendHistory, collection, removeFromIdSet, requireAll, requireEntity, writeIdSet, writeText, writeValue, type EntityMap } from './doc.js';
import { newId } from './ids.js';
import { applyRekeys } from './order.js';
import { orderForMove, orderForNew, writeOrder } from './place.js';
import { actionInput, actionPatch, actionPlace, type ActionInput, type ActionPatch, type ActionPlace } from './schema.js';
import type { Actor, Id } from './types.js';
import { parse, parseActor } from './validate.js';
import type { ActionStatus } from './vocabulary.js';
import * as YMap from './ymap.js';

const raciSets = ['responsibleIds', 'consultedIds', 'informedIds'] as const;

function requirePeople(doc: Y.Doc, value: { ownerId?: Id | null; responsibleIds?: Id[]; consultedIds?: Id[]; informedIds?: Id[] }): void {
  requireAll(doc, 'people', value.ownerId, 'ownerId');
  for (const key of raciSets) requireAll(doc, 'people', value[key], key);
}

/**
 * Records a status change: history entry, and completedAt set on reaching done, cleared otherwise.
 * completedAt is always written with status, so when two people change the status at once the same
 * write wins both fields and they never disagree.
 */
function changeStatus(action: EntityMap, status: ActionStatus, by: Actor | null): void {
  if (action.get('status') === status) return;
  const at = nowIso();
  action.set('status', status);
  action.set('completedAt', status === 'done' ? at : null);
  appendHistory(action, { status, at, by });
}

/** Adds an action under a goal, at the end or right after `after` (null: first). */
export function createAction(doc: Y.Doc, input: ActionInput, actor?: Actor): Id {
  const value = parse(actionInput, input, 'action');
  const by = parseActor(actor);
  requireEntity(doc, 'goals', value.goalId, 'goalId');
  requirePeople(doc, value);
  const order = orderForNew(doc, 'actions', value.after);
  const id = newId();
  const at = nowIso();
  const status = value.status ?? 'todo';
  doc.transact(() => {
    const actions = collection(doc, 'actions');
    actions.set(
      id,
      YMap.of({
        title: value.title,
        goalId: value.goalId,
        ownerId: value.ownerId ?? null,
        responsibleIds: YMap.idSet(value.responsibleIds),
        consultedIds: YMap.idSet(value.consultedIds),
        informedIds: YMap.idSet(value.informedIds),
        status,
        statusHistory: YMap.history({ status, at, by }),
        dueDate: value.dueDate ?? null,
        priority: value.priority ?? 'medium',
        notes: new Y.Text(value.notes ?? ''),
        order: order.order,
        createdAt: at,
        createdBy: by,
        completedAt: status === 'done' ? at : null,
      }),
    );
    applyRekeys(actions, order.rekeyed);
  });
  return id;
}

/** Changes an action's fields. A status change is added to its history; reaching done sets completedAt, leaving done clears it. */
export function updateAction(doc: Y.Doc, id: Id, patch: ActionPatch, actor?: Actor): void {
  const value = parse(actionPatch, patch, 'action');
  const by = parseActor(actor);
  const action = requireEntity(doc, 'actions', id);
  requireAll(doc, 'goals', value.goalId, 'goalId');
  requirePeople(doc, value);
  doc.transact(() => {
    if (value.title !== undefined) writeValue(action, 'title', value.title);
    if (value.goalId !== undefined) writeValue(action, 'goalId', value.goalId);
    if (value.ownerId !== undefined) writeValue(action, 'ownerId', value.ownerId);
    for (const key of raciSets) {
      const ids = value[key];
      if (ids !== undefined) writeIdSet(action, key, ids);
    }
    if (value.dueDate !== undefined) writeValue(action, 'dueDate', value.dueDate);
    if (value.priority !== undefined) writeValue(action, 'priority', value.priority);
    if (value.notes !== undefined) writeText(action, 'notes', value.notes);
    if (value.status !== undefined) changeStatus(action, value.status, by);
  });
}

/**
 * Moves an action: to another status column and/or goal, placed right after `after` or right before
 * `before` (neighbours as the mover saw them). With no neighbour, a change of column puts it last.
 */
export function moveAction(doc: Y.Doc, id: Id, place: ActionPlace, actor?: Actor): void {
  const value = parse(actionPlace, place, 'place');
  const by = parseActor(actor);
  const action = requireEntity(doc, 'actions', id);
  requireAll(doc, 'goals', value.goalId, 'goalId');
  const changesColumn =
    (value.status !== undefined && value.status !== action.get('status')) || (value.goalId !== undefined && value.goalId !== action.get('goalId'));
  const placed = value.before !== undefined || value.after !== undefined;
  const order = placed || changesColumn ? orderForMove(doc, 'actions', id, value) : undefined;
  doc.transact(() => {
    if (value.goalId !== undefined) writeValue(action, 'goalId', value.goalId);
    if (value.status !== undefined) changeStatus(action, value.status, by);
    if (order) writeOrder(doc, 'actions', id, order);
  });
}

/** Deletes an action, its comments and its links from decisions and risks. */
export function deleteAction(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'actions', id);
  doc.transact(() => {
    for (const decision of collection(doc, 'decisions').values()) removeFromIdSet(decision, 'actionIds', id);
    for (const risk of collection(doc, 'risks').values()) removeFromIdSet(risk, 'mitigationActionIds', id);
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'actions').delete(id);
  });
}
