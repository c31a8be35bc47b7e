/**
 * @partnerboard/board/export: the plan leaving the app. A JSON backup of the whole board and its
 * import into a new board; a Markdown report, a CSV of the actions and an iCalendar of the plan's
 * dates, each written from readBoard's plain board. Apart from the package's index so that the
 * web app, which needs none of it, carries none of it.
 */
export { backupFormat, backupParts, backupVersion, boardBackup, restoreBoard, type BoardBackup } from './backup.js';
export { actionColumns, actionsCsv } from './csv.js';
export { eventUid, planCalendar } from './calendar.js';
export { planMarkdown } from './markdown.js';
export { fileNameOf } from './planText.js';
