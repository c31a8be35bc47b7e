import * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { collection, requireAll, requireEntity, writeIdSet, writeText, writeValue } from './doc.js';
import { newId } from './ids.js';
import { riskInput, riskPatch, type RiskInput, type RiskPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import * as YMap from './ymap.js';

function requireLinks(doc: Y.Doc, value: RiskPatch): void {
  requireAll(doc, 'people', value.ownerId, 'ownerId');
  requireAll(doc, 'goals', value.goalId, 'goalId');
  requireAll(doc, 'actions', value.mitigationActionIds, 'mitigationActionIds');
}

/** Adds a barrier, risk or issue to the register. Likelihood and impact default to 3 (possible, moderate). */
export function createRisk(doc: Y.Doc, input: RiskInput): Id {
  const value = parse(riskInput, input, 'risk');
  requireLinks(doc, value);
  const id = newId();
  doc.transact(() => {
    collection(doc, 'risks').set(
      id,
      YMap.of({
        title: value.title,
        description: new Y.Text(value.description ?? ''),
        category: value.category ?? 'other',
        likelihood: value.likelihood ?? 3,
        impact: value.impact ?? 3,
        response: value.response ?? 'mitigate',
        mitigation: new Y.Text(value.mitigation ?? ''),
        mitigationActionIds: YMap.idSet(value.mitigationActionIds),
        ownerId: value.ownerId ?? null,
        goalId: value.goalId ?? null,
        triggerOn: value.triggerOn ?? null,
        status: value.status ?? 'open',
        createdAt: nowIso(),
      }),
    );
  });
  return id;
}

/** Changes a risk's fields. */
export function updateRisk(doc: Y.Doc, id: Id, patch: RiskPatch): void {
  const value = parse(riskPatch, patch, 'risk');
  const risk = requireEntity(doc, 'risks', id);
  requireLinks(doc, value);
  doc.transact(() => {
    for (const key of ['title', 'category', 'likelihood', 'impact', 'response', 'ownerId', 'goalId', 'triggerOn', 'status'] as const) {
      const field = value[key];
      if (field !== undefined) writeValue(risk, key, field);
    }
    if (value.description !== undefined) writeText(risk, 'description', value.description);
    if (value.mitigation !== undefined) writeText(risk, 'mitigation', value.mitigation);
    if (value.mitigationActionIds !== undefined) writeIdSet(risk, 'mitigationActionIds', value.mitigationActionIds);
  });
}

/** Deletes a risk and its comments. */
export function deleteRisk(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'risks', id);
  doc.transact(() => {
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'risks').delete(id);
  });
}
