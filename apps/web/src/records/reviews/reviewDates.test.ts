import { describe, expect, it } from 'vitest';
import { nextReviewWords } from './reviewDates';

describe('nextReviewWords', () => {
  it('says a review whose date has passed is overdue, and by how long', () => {
    expect(nextReviewWords('2026-12-04', '2026-12-07')).toEqual({ text: 'The review is overdue: it was due on 4 Dec, 3 days ago.', overdue: true });
  });

  it('says when the next review is while it is still to come', () => {
    expect(nextReviewWords('2026-12-08', '2026-12-07')).toEqual({ text: 'The next review is on 8 Dec, in 1 day.', overdue: false });
    expect(nextReviewWords('2026-12-07', '2026-12-07').overdue).toBe(false);
  });

  it('says when no date is set', () => {
    expect(nextReviewWords(null, '2026-12-07').text).toBe('No date is set for the next review.');
  });
});
