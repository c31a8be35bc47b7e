import { describe, expect, it } from 'vitest';
import { createAction } from './actions.js';
import { readBoard } from './read.js';
import { isRiskOverdue, riskAlarm, riskMatrix, riskRegister } from './riskRegister.js';
import { createRisk } from './risks.js';
import { smallBoard } from './test-support.js';

const today = '2026-03-10';

describe('riskAlarm', () => {
  it('names the mitigation actions past their due date and not done', () => {
    const { doc, goal } = smallBoard();
    const late = createAction(doc, { title: 'Late', goalId: goal, dueDate: '2026-03-09' });
    createAction(doc, { title: 'Done late', goalId: goal, dueDate: '2026-03-01', status: 'done' });
    const dueToday = createAction(doc, { title: 'Due today', goalId: goal, dueDate: today });
    const doneLate = readBoard(doc).actions.find((a) => a.title === 'Done late')?.id ?? '';
    createRisk(doc, { title: 'R', mitigationActionIds: [late, doneLate, dueToday] });
    const b = readBoard(doc);
    const alarm = riskAlarm(b.risks[0]!, b.actions, today);
    expect(alarm.overdueActions.map((a) => a.title)).toEqual(['Late']);
    expect(alarm.triggerPassed).toBe(false);
    expect(isRiskOverdue(alarm)).toBe(true);
  });

  it('says when the trigger date of a risk still open has passed, but not on the day itself', () => {
    const { doc } = smallBoard();
    createRisk(doc, { title: 'Passed', triggerOn: '2026-03-09' });
    createRisk(doc, { title: 'Today', triggerOn: today });
    const b = readBoard(doc);
    const byTitle = (title: string) => riskAlarm(b.risks.find((r) => r.title === title)!, b.actions, today);
    expect(byTitle('Passed').triggerPassed).toBe(true);
    expect(isRiskOverdue(byTitle('Today'))).toBe(false);
  });

  it('raises nothing on a closed risk', () => {
    const { doc, goal } = smallBoard();
    const late = createAction(doc, { title: 'Late', goalId: goal, dueDate: '2026-03-01' });
    createRisk(doc, { title: 'R', triggerOn: '2026-03-01', mitigationActionIds: [late], status: 'closed' });
    const b = readBoard(doc);
    expect(isRiskOverdue(riskAlarm(b.risks[0]!, b.actions, today))).toBe(false);
  });
});

describe('riskRegister and riskMatrix', () => {
  it('orders open risks by score, highest first, and closed risks last', () => {
    const { doc } = smallBoard();
    createRisk(doc, { title: 'Low', likelihood: 1, impact: 2 });
    createRisk(doc, { title: 'Closed high', likelihood: 5, impact: 5, status: 'closed' });
    createRisk(doc, { title: 'High', likelihood: 4, impact: 5 });
    expect(riskRegister(readBoard(doc)).map((r) => r.title)).toEqual(['High', 'Low', 'Closed high']);
  });

  it('places each risk not closed in the cell of its likelihood (rows 5 to 1) and impact (columns 1 to 5), banded by score', () => {
    const { doc } = smallBoard();
    const high = createRisk(doc, { title: 'High', likelihood: 4, impact: 5 });
    createRisk(doc, { title: 'Closed', likelihood: 4, impact: 5, status: 'closed' });
    const matrix = riskMatrix(readBoard(doc).risks);
    expect(matrix).toHaveLength(5);
    expect(matrix[1]?.[4]).toEqual({ likelihood: 4, impact: 5, band: 'red', riskIds: [high] });
    expect(matrix[4]?.[0]).toMatchObject({ likelihood: 1, impact: 1, band: 'green', riskIds: [] });
    expect(matrix[2]?.[2]).toMatchObject({ likelihood: 3, impact: 3, band: 'amber' });
  });
});
