import { stringify } from 'csv-stringify/sync';
import type { Board } from '../types.js';
import { actionStatusLabel, priorityLabel } from '../vocabulary.js';
import { goalsWithActions, ownerOf } from './planText.js';

/** The columns of the actions spreadsheet, in order. */
export const actionColumns = ['Title', 'Goal', 'Owner', 'Organisation', 'Status', 'Due date', 'Priority'] as const;

/**
 * The board's actions as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read
 * non-ASCII names right), one row per action, grouped by goal in board order. A cell that a
 * spreadsheet would run as a formula (starting =, +, -, @) is prefixed with an apostrophe.
 */
export function actionsCsv(board: Board): string {
  const rows: string[][] = [];
  for (const { goal, actions } of goalsWithActions(board)) {
    for (const action of actions) {
      const owner = ownerOf(board, action.ownerId);
      rows.push([
        action.title,
        goal?.title ?? '',
        owner.name,
        owner.organisation,
        actionStatusLabel[action.status],
        action.dueDate ?? '',
        priorityLabel[action.priority],
      ]);
    }
  }
  return stringify(rows, { header: true, columns: [...actionColumns], bom: true, escape_formulas: true, record_delimiter: 'windows' });
}
