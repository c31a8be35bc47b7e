import { describe, expect, it } from 'vitest';
import { createDecision } from './decisions.js';
import { decisionLog } from './decisionLog.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';

function board() {
  const { doc } = smallBoard();
  createDecision(doc, { title: 'Daily huddle at 10:00', rationale: 'Blockers surfaced late by email', decidedOn: '2026-03-05' });
  createDecision(doc, { title: 'Home with reablement', context: 'Nearly medically fit', alternatives: 'Interim care home bed', decidedOn: '2026-03-08' });
  createDecision(doc, { title: 'Equipment ordered by the community OT', decidedOn: '2026-03-01' });
  return readBoard(doc);
}

describe('decisionLog', () => {
  it('lists decisions newest first by the date they were taken', () => {
    expect(decisionLog(board()).map((d) => d.title)).toEqual(['Home with reablement', 'Daily huddle at 10:00', 'Equipment ordered by the community OT']);
  });

  it('finds a decision by any word of its title, context, rationale or alternatives, in any case', () => {
    const log = board();
    expect(decisionLog(log, 'CARE HOME').map((d) => d.title)).toEqual(['Home with reablement']);
    expect(decisionLog(log, 'email').map((d) => d.title)).toEqual(['Daily huddle at 10:00']);
    expect(decisionLog(log, 'medically nearly').map((d) => d.title)).toEqual(['Home with reablement']);
    expect(decisionLog(log, 'weather')).toEqual([]);
    expect(decisionLog(log, '   ')).toHaveLength(3);
  });
});
