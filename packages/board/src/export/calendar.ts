import ical from 'ical-generator';
import { personLabel } from '../insights.js';
import type { Board, Id, IsoDate } from '../types.js';
import { actionStatusLabel, attendanceLabel, priorityLabel } from '../vocabulary.js';
import { goalsWithActions } from './planText.js';

/** The UID of an item's event: the same board and item always give the same UID, so a calendar updates the event on re-import. */
export function eventUid(boardId: Id, kind: 'action' | 'review' | 'next-review', itemId: Id): string {
  return `${boardId}.${kind}.${itemId}@partnerboard`;
}

function day(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The plan's dates as an iCalendar file: one all-day event per action with a due date, per review
 * held and for the next review. `stamp` (when the file is made) tells a calendar which copy is newer.
 */
export function planCalendar(board: Board, boardId: Id, stamp: Date = new Date()): string {
  const calendar = ical({
    name: board.meta.title,
    prodId: { company: 'Partnerboard', product: 'Partnerboard', language: 'EN' },
  });
  for (const { goal, actions } of goalsWithActions(board)) {
    for (const action of actions) {
      if (action.dueDate === null) continue;
      calendar.createEvent({
        id: eventUid(boardId, 'action', action.id),
        start: day(action.dueDate),
        allDay: true,
        stamp,
        summary: `Due: ${action.title}`,
        description: [
          `Goal: ${goal?.title ?? 'none'}`,
          `Accountable: ${personLabel(board, action.ownerId)}`,
          `Status: ${actionStatusLabel[action.status]}`,
          `Priority: ${priorityLabel[action.priority]}`,
        ].join('\n'),
      });
    }
  }
  for (const review of board.reviews) {
    calendar.createEvent({
      id: eventUid(boardId, 'review', review.id),
      start: day(review.heldOn),
      allDay: true,
      stamp,
      summary: `Review of the plan: ${board.meta.title}`,
      description: review.attendees.map((a) => `${a.name}${a.organisation ? ` (${a.organisation})` : ''}: ${attendanceLabel[a.attendance]}`).join('\n'),
    });
  }
  if (board.meta.nextReviewOn !== null) {
    calendar.createEvent({
      id: eventUid(boardId, 'next-review', 'plan'),
      start: day(board.meta.nextReviewOn),
      allDay: true,
      stamp,
      summary: `Next review of the plan: ${board.meta.title}`,
    });
  }
  return calendar.toString();
}
