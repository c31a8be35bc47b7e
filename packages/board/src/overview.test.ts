import { describe, expect, it } from 'vitest';
import { updateGoal } from './goals.js';
import { addConsent, updateConsent, updateMeta } from './meta.js';
import { planAtAGlance } from './overview.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';

describe('planAtAGlance', () => {
  it('counts the goals by status', () => {
    const { doc, goal } = smallBoard();
    updateGoal(doc, goal, { status: 'at_risk' });
    const glance = planAtAGlance(readBoard(doc), '2026-03-10');
    expect(glance.goals).toBe(1);
    expect(glance.goalsByStatus).toEqual({ not_started: 0, on_track: 0, at_risk: 1, off_track: 0, achieved: 0 });
  });

  it('says a review date that has passed is overdue, and one today is not', () => {
    const { doc } = smallBoard();
    updateMeta(doc, { nextReviewOn: '2026-03-09' });
    expect(planAtAGlance(readBoard(doc), '2026-03-10')).toMatchObject({ nextReviewOn: '2026-03-09', reviewOverdue: true });
    expect(planAtAGlance(readBoard(doc), '2026-03-09').reviewOverdue).toBe(false);
  });

  it('has no review overdue when no review is set', () => {
    const { doc } = smallBoard();
    expect(planAtAGlance(readBoard(doc), '2026-03-10')).toMatchObject({ nextReviewOn: null, reviewOverdue: false });
  });

  it('counts consent still in force, not consent withdrawn', () => {
    const { doc } = smallBoard();
    addConsent(doc, { name: 'Arthur', scope: 'Care information', givenOn: '2026-03-01' });
    const mum = addConsent(doc, { name: 'Margaret', scope: 'Carer information', givenOn: '2026-03-01' });
    updateConsent(doc, mum, { withdrawnOn: '2026-03-05' });
    expect(planAtAGlance(readBoard(doc), '2026-03-10').consentInForce).toBe(1);
  });
});
