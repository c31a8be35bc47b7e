import * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { appendHistory, collection, readString, removeFromIdSet, requireAll, requireEntity, writeIdSet, writeText, writeValue } from './doc.js';
import { BoardError } from './errors.js';
import { newId } from './ids.js';
import { applyRekeys, type Placement } from './order.js';
import { orderForMove, orderForNew, writeOrder } from './place.js';
import { goalInput, goalPatch, goalPlace, type GoalInput, type GoalPatch } from './schema.js';
import type { Actor, Id } from './types.js';
import { parse, parseActor } from './validate.js';
import * as YMap from './ymap.js';

/** Adds a shared goal at the end of the list, or right after `after` (null: first). Its first status is recorded in its history. */
export function createGoal(doc: Y.Doc, input: GoalInput, actor?: Actor): Id {
  const value = parse(goalInput, input, 'goal');
  const by = parseActor(actor);
  requireAll(doc, 'people', value.ownerId, 'ownerId');
  requireAll(doc, 'partners', value.partnerIds, 'partnerIds');
  const order = orderForNew(doc, 'goals', value.after);
  const id = newId();
  const at = nowIso();
  const status = value.status ?? 'not_started';
  doc.transact(() => {
    const goals = collection(doc, 'goals');
    goals.set(
      id,
      YMap.of({
        title: value.title,
        description: new Y.Text(value.description ?? ''),
        successMeasure: value.successMeasure ?? '',
        ownerId: value.ownerId ?? null,
        partnerIds: YMap.idSet(value.partnerIds),
        status,
        statusHistory: YMap.history({ status, at, by }),
        targetDate: value.targetDate ?? null,
        order: order.order,
        createdAt: at,
        createdBy: by,
      }),
    );
    applyRekeys(goals, order.rekeyed);
  });
  return id;
}

/** Changes a goal's fields. A new status is added to the goal's status history with who changed it and when. */
export function updateGoal(doc: Y.Doc, id: Id, patch: GoalPatch, actor?: Actor): void {
  const value = parse(goalPatch, patch, 'goal');
  const by = parseActor(actor);
  const goal = requireEntity(doc, 'goals', id);
  requireAll(doc, 'people', value.ownerId, 'ownerId');
  requireAll(doc, 'partners', value.partnerIds, 'partnerIds');
  doc.transact(() => {
    if (value.title !== undefined) writeValue(goal, 'title', value.title);
    if (value.description !== undefined) writeText(goal, 'description', value.description);
    if (value.successMeasure !== undefined) writeValue(goal, 'successMeasure', value.successMeasure);
    if (value.ownerId !== undefined) writeValue(goal, 'ownerId', value.ownerId);
    if (value.partnerIds !== undefined) writeIdSet(goal, 'partnerIds', value.partnerIds);
    if (value.targetDate !== undefined) writeValue(goal, 'targetDate', value.targetDate);
    if (value.status !== undefined && value.status !== goal.get('status')) {
      goal.set('status', value.status);
      appendHistory(goal, { status: value.status, at: nowIso(), by });
    }
  });
}

/** Moves a goal: `after` is the goal that will be right before it, `before` the one right after it. */
export function moveGoal(doc: Y.Doc, id: Id, place: Placement): void {
  const value = parse(goalPlace, place, 'place');
  requireEntity(doc, 'goals', id);
  const order = orderForMove(doc, 'goals', id, value);
  doc.transact(() => writeOrder(doc, 'goals', id, order));
}

/** What happens to a deleted goal's actions: refuse while it has any, delete them too, or move them to another goal. */
export type GoalActionsOnDelete = 'refuse' | 'delete' | { moveTo: Id };

/**
 * Deletes a goal. Its actions are refused, deleted or moved as `opts.actions` says. Links to it from
 * decisions, risks, commitments and review verdicts are removed, and its comments deleted.
 */
export function deleteGoal(doc: Y.Doc, id: Id, opts: { actions: GoalActionsOnDelete }): void {
  requireEntity(doc, 'goals', id);
  const actions = collection(doc, 'actions');
  const own = Array.from(actions.entries()).filter(([, action]) => readString(action, 'goalId') === id);
  const rule = opts.actions;
  if (typeof rule === 'object') {
    if (rule.moveTo === id) throw new BoardError('invalid', 'Choose a different goal for its actions to move to.', 'moveTo');
    requireEntity(doc, 'goals', rule.moveTo, 'moveTo');
  } else if (rule === 'refuse' && own.length > 0) {
    throw new BoardError(
      'conflict',
      `This goal still has ${own.length === 1 ? 'one action' : `${own.length} actions`}. Move or delete them first.`,
      'actions',
    );
  } else if (rule !== 'refuse' && rule !== 'delete') {
    throw new BoardError('invalid', "Say what happens to the goal's actions: refuse, delete, or move them to another goal.", 'actions');
  }
  doc.transact(() => {
    const gone = new Set([id]);
    for (const [actionId, action] of own) {
      if (typeof rule === 'object') {
        action.set('goalId', rule.moveTo);
      } else {
        actions.delete(actionId);
        gone.add(actionId);
      }
    }
    for (const decision of collection(doc, 'decisions').values()) {
      removeFromIdSet(decision, 'goalIds', id);
      for (const actionId of gone) removeFromIdSet(decision, 'actionIds', actionId);
    }
    for (const risk of collection(doc, 'risks').values()) {
      for (const actionId of gone) removeFromIdSet(risk, 'mitigationActionIds', actionId);
    }
    for (const name of ['risks', 'commitments'] as const) {
      for (const entity of collection(doc, name).values()) if (entity instanceof Y.Map && entity.get('goalId') === id) entity.set('goalId', null);
    }
    for (const review of collection(doc, 'reviews').values()) {
      const verdicts = review instanceof Y.Map ? review.get('verdicts') : undefined;
      if (verdicts instanceof Y.Map && verdicts.has(id)) verdicts.delete(id);
    }
    deleteCommentsOn(doc, gone);
    collection(doc, 'goals').delete(id);
  });
}
