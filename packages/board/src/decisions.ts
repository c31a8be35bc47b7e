import * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { collection, requireAll, requireEntity, writeIdSet, writeText, writeValue } from './doc.js';
import { newId } from './ids.js';
import { decisionInput, decisionPatch, type DecisionInput, type DecisionPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import * as YMap from './ymap.js';

function requireLinks(doc: Y.Doc, value: DecisionPatch): void {
  requireAll(doc, 'partners', value.agreedByPartnerIds, 'agreedByPartnerIds');
  requireAll(doc, 'people', value.consultedIds, 'consultedIds');
  requireAll(doc, 'goals', value.goalIds, 'goalIds');
  requireAll(doc, 'actions', value.actionIds, 'actionIds');
}

const idSets = ['agreedByPartnerIds', 'consultedIds', 'goalIds', 'actionIds'] as const;
const texts = ['context', 'alternatives', 'rationale'] as const;

/** Records a decision taken together: what, why, the alternatives, who agreed, and what it affects. */
export function createDecision(doc: Y.Doc, input: DecisionInput): Id {
  const value = parse(decisionInput, input, 'decision');
  requireLinks(doc, value);
  const id = newId();
  doc.transact(() => {
    collection(doc, 'decisions').set(
      id,
      YMap.of({
        title: value.title,
        context: new Y.Text(value.context ?? ''),
        alternatives: new Y.Text(value.alternatives ?? ''),
        rationale: new Y.Text(value.rationale ?? ''),
        decidedOn: value.decidedOn ?? null,
        decidedBy: value.decidedBy ?? '',
        agreedByPartnerIds: YMap.idSet(value.agreedByPartnerIds),
        consultedIds: YMap.idSet(value.consultedIds),
        goalIds: YMap.idSet(value.goalIds),
        actionIds: YMap.idSet(value.actionIds),
        reviewOn: value.reviewOn ?? null,
        status: value.status ?? 'proposed',
        createdAt: nowIso(),
      }),
    );
  });
  return id;
}

/** Changes a decision's fields. */
export function updateDecision(doc: Y.Doc, id: Id, patch: DecisionPatch): void {
  const value = parse(decisionPatch, patch, 'decision');
  const decision = requireEntity(doc, 'decisions', id);
  requireLinks(doc, value);
  doc.transact(() => {
    if (value.title !== undefined) writeValue(decision, 'title', value.title);
    for (const key of texts) {
      const text = value[key];
      if (text !== undefined) writeText(decision, key, text);
    }
    for (const key of idSets) {
      const ids = value[key];
      if (ids !== undefined) writeIdSet(decision, key, ids);
    }
    if (value.decidedOn !== undefined) writeValue(decision, 'decidedOn', value.decidedOn);
    if (value.decidedBy !== undefined) writeValue(decision, 'decidedBy', value.decidedBy);
    if (value.reviewOn !== undefined) writeValue(decision, 'reviewOn', value.reviewOn);
    if (value.status !== undefined) writeValue(decision, 'status', value.status);
  });
}

/** Deletes a decision and its comments. */
export function deleteDecision(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'decisions', id);
  doc.transact(() => {
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'decisions').delete(id);
  });
}
