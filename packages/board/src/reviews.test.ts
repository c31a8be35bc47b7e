import { describe, expect, it } from 'vitest';
import { deletePerson } from './people.js';
import { readBoard } from './read.js';
import { createReview, deleteReview, setAttendance, setVerdict, updateReview } from './reviews.js';
import { expectRefused, smallBoard } from './test-support.js';

describe('reviews', () => {
  it('records who attended, a verdict per goal and notes, keeping names as they were', () => {
    const { doc, goal, priya, joanne } = smallBoard();
    const id = createReview(doc, {
      heldOn: '2026-03-12',
      attendees: [
        { personId: priya, attendance: 'attended' },
        { personId: joanne, attendance: 'sent_advice' },
      ],
      verdicts: { [goal]: 'positive' },
      notes: 'Good progress',
    });
    deletePerson(doc, joanne);
    expect(readBoard(doc).reviews.find((r) => r.id === id)).toMatchObject({
      heldOn: '2026-03-12',
      attendees: [
        { personId: joanne, name: 'Joanne Evans', organisation: 'Northshire Council', attendance: 'sent_advice' },
        { personId: priya, name: 'Priya Shah', organisation: 'Riverside NHS Trust', attendance: 'attended' },
      ],
      verdicts: { [goal]: 'positive' },
      notes: 'Good progress',
    });
  });

  it('sets one attendance or verdict at a time, and replaces lists on update', () => {
    const { doc, goal, priya, liam } = smallBoard();
    const id = createReview(doc, { heldOn: '2026-03-12' });
    setAttendance(doc, id, priya, 'attended');
    setVerdict(doc, id, goal, 'no_change');
    expect(readBoard(doc).reviews[0]).toMatchObject({ attendees: [{ personId: priya, attendance: 'attended' }], verdicts: { [goal]: 'no_change' } });
    updateReview(doc, id, { attendees: [{ personId: liam, attendance: 'apologies' }], verdicts: {} });
    expect(readBoard(doc).reviews[0]).toMatchObject({ attendees: [{ personId: liam, attendance: 'apologies' }], verdicts: {} });
    setAttendance(doc, id, liam, null);
    expect(readBoard(doc).reviews[0]?.attendees).toEqual([]);
    deleteReview(doc, id);
    expect(readBoard(doc).reviews).toEqual([]);
  });

  it('refuses a review without a real date, an attendee or goal not on the board, or an unknown verdict', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => createReview(doc, { heldOn: '2026-04-31' }), { code: 'invalid', field: 'heldOn' });
    expectRefused(doc, () => createReview(doc, { heldOn: '2026-04-01', attendees: [{ personId: 'gone', attendance: 'attended' }] }), { code: 'not_found', field: 'attendees' });
    expectRefused(doc, () => createReview(doc, { heldOn: '2026-04-01', verdicts: { gone: 'worse' } }), { code: 'not_found', field: 'verdicts' });
    expectRefused(doc, () => createReview(doc, { heldOn: '2026-04-01', verdicts: { [goal]: 'great' as never } }), { code: 'invalid', field: 'verdicts' });
    const id = createReview(doc, { heldOn: '2026-04-01' });
    expectRefused(doc, () => setVerdict(doc, id, goal, 'great' as never), { code: 'invalid', field: 'verdict' });
    expectRefused(doc, () => setAttendance(doc, id, 'gone', 'attended'), { code: 'not_found' });
  });
});
