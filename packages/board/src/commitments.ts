import type * as Y from 'yjs';
import { nowIso } from './clock.js';
import { deleteCommentsOn } from './comments.js';
import { collection, requireAll, requireEntity, writeValue } from './doc.js';
import { newId } from './ids.js';
import { commitmentInput, commitmentPatch, type CommitmentInput, type CommitmentPatch } from './schema.js';
import type { Id } from './types.js';
import { parse } from './validate.js';
import * as YMap from './ymap.js';

/** Records what a partner puts in (staff time, funding, facilities, expertise), optionally towards one goal. */
export function createCommitment(doc: Y.Doc, input: CommitmentInput): Id {
  const value = parse(commitmentInput, input, 'commitment');
  requireEntity(doc, 'partners', value.partnerId, 'partnerId');
  requireAll(doc, 'goals', value.goalId, 'goalId');
  const id = newId();
  doc.transact(() => {
    collection(doc, 'commitments').set(
      id,
      YMap.of({
        partnerId: value.partnerId,
        goalId: value.goalId ?? null,
        kind: value.kind,
        amount: value.amount ?? null,
        unit: value.unit ?? '',
        note: value.note ?? '',
        status: value.status ?? 'pledged',
        createdAt: nowIso(),
      }),
    );
  });
  return id;
}

/** Changes a commitment, e.g. marks it delivered or withdrawn. */
export function updateCommitment(doc: Y.Doc, id: Id, patch: CommitmentPatch): void {
  const value = parse(commitmentPatch, patch, 'commitment');
  const commitment = requireEntity(doc, 'commitments', id);
  requireAll(doc, 'partners', value.partnerId, 'partnerId');
  requireAll(doc, 'goals', value.goalId, 'goalId');
  doc.transact(() => {
    for (const key of ['partnerId', 'goalId', 'kind', 'amount', 'unit', 'note', 'status'] as const) {
      const field = value[key];
      if (field !== undefined) writeValue(commitment, key, field);
    }
  });
}

/** Deletes a commitment and its comments. */
export function deleteCommitment(doc: Y.Doc, id: Id): void {
  requireEntity(doc, 'commitments', id);
  doc.transact(() => {
    deleteCommentsOn(doc, new Set([id]));
    collection(doc, 'commitments').delete(id);
  });
}
