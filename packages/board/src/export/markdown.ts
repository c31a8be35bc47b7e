import { indexBoard, isOverdue, personLabel, riskBand, riskScore } from '../insights.js';
import type { Action, Board, IsoDate } from '../types.js';
import {
  actionStatusLabel,
  attendanceLabel,
  decisionStatusLabel,
  goalStatusLabel,
  priorityLabel,
  reviewVerdictLabel,
  riskBandLabel,
  riskCategoryLabel,
  riskResponseLabel,
  riskStatusLabel,
} from '../vocabulary.js';
import { goalsWithActions, ownerOf } from './planText.js';

// Text typed by people is escaped so that it reads as typed and cannot change the report's structure.

/** One line of typed text, safe inside a paragraph, a list item or a table cell. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/** Typed text of several lines, as paragraphs; a line that would start a heading, quote or list does not. */
function block(text: string): string {
  return text
    .trim()
    .split(/\n/)
    .map((line) => inline(line).replace(/^(\s*)([#>+-]|\d+[.)])/, (_, space: string, marker: string) => `${space}\\${marker}`))
    .join('  \n');
}

function actionLine(board: Board, action: Action, today: IsoDate, withGoal: boolean): string {
  const done = action.status === 'done';
  const details = [
    withGoal ? `goal: ${inline(indexBoard(board).goalById.get(action.goalId)?.title ?? 'none')}` : `accountable: ${inline(personLabel(board, action.ownerId))}`,
    actionStatusLabel[action.status],
    action.dueDate ? `due ${action.dueDate}${isOverdue(action, today) ? ' (overdue)' : ''}` : 'no due date',
    `${priorityLabel[action.priority].toLowerCase()} priority`,
  ];
  return `- [${done ? 'x' : ' '}] ${inline(action.title)} (${details.join('; ')})`;
}

function header(board: Board, today: IsoDate): string[] {
  const { meta } = board;
  const lines = [`# ${inline(meta.title)}`, ''];
  if (meta.purpose.trim()) lines.push('**Shared purpose:**', '', block(meta.purpose), '');
  if (meta.leadPersonId !== null) lines.push(`**Lead professional:** ${inline(personLabel(board, meta.leadPersonId))}  `);
  if (meta.nextReviewOn !== null) lines.push(`**Next review:** ${meta.nextReviewOn}${meta.nextReviewOn < today ? ' (overdue)' : ''}  `);
  if (board.partners.length > 0) lines.push(`**Partners:** ${board.partners.map((p) => inline(p.name)).join(' · ')}  `);
  lines.push(`**Report made on:** ${today}`, '');
  return lines;
}

function goalsSection(board: Board, today: IsoDate): string[] {
  const lines = ['## Goals and their actions', ''];
  if (board.goals.length === 0 && board.actions.length === 0) lines.push('No goals yet.', '');
  for (const { goal, actions } of goalsWithActions(board)) {
    if (goal) {
      lines.push(`### ${inline(goal.title)}`, '');
      const facts = [`**Status:** ${goalStatusLabel[goal.status]}`, `**Accountable:** ${inline(personLabel(board, goal.ownerId))}`];
      if (goal.targetDate) facts.push(`**Target date:** ${goal.targetDate}`);
      lines.push(facts.join(' · '), '');
      if (goal.successMeasure.trim()) lines.push(`**Success looks like:** ${inline(goal.successMeasure)}`, '');
      if (goal.description.trim()) lines.push(block(goal.description), '');
    } else {
      lines.push('### Actions whose goal is no longer on the board', '');
    }
    if (actions.length === 0) lines.push('No actions yet.');
    for (const action of actions) lines.push(actionLine(board, action, today, false));
    lines.push('');
  }
  return lines;
}

function ownersSection(board: Board, today: IsoDate): string[] {
  const lines = ['## Actions by organisation and owner', ''];
  const byOrganisation = new Map<string, Map<string, Action[]>>();
  for (const { actions } of goalsWithActions(board)) {
    for (const action of actions) {
      const owner = ownerOf(board, action.ownerId);
      const organisation = owner.organisation || (owner.name ? 'No organisation' : 'No accountable owner yet');
      const people = byOrganisation.get(organisation) ?? new Map<string, Action[]>();
      byOrganisation.set(organisation, people);
      const list = people.get(owner.name) ?? [];
      people.set(owner.name, list);
      list.push(action);
    }
  }
  if (byOrganisation.size === 0) lines.push('No actions yet.', '');
  for (const [organisation, people] of byOrganisation) {
    lines.push(`### ${inline(organisation)}`, '');
    for (const [name, actions] of people) {
      if (name) lines.push(`#### ${inline(name)}`, '');
      for (const action of actions) lines.push(actionLine(board, action, today, true));
      lines.push('');
    }
  }
  return lines;
}

function decisionsSection(board: Board): string[] {
  const lines = ['## Decisions', ''];
  if (board.decisions.length === 0) lines.push('No decisions recorded.', '');
  const newestFirst = [...board.decisions].sort((a, b) => (b.decidedOn ?? b.createdAt).localeCompare(a.decidedOn ?? a.createdAt));
  for (const decision of newestFirst) {
    const facts = [decisionStatusLabel[decision.status]];
    if (decision.decidedOn) facts.push(`decided ${decision.decidedOn}`);
    if (decision.decidedBy) facts.push(`by ${inline(decision.decidedBy)}`);
    if (decision.reviewOn) facts.push(`to review ${decision.reviewOn}`);
    lines.push(`### ${inline(decision.title)}`, '', facts.join(' · '), '');
    if (decision.context.trim()) lines.push('**Context:**', '', block(decision.context), '');
    if (decision.rationale.trim()) lines.push('**Why:**', '', block(decision.rationale), '');
  }
  return lines;
}

function risksSection(board: Board): string[] {
  const lines = ['## Risks and barriers', ''];
  if (board.risks.length === 0) return [...lines, 'No risks recorded.', ''];
  const byScore = [...board.risks].sort((a, b) => riskScore(b) - riskScore(a));
  lines.push('| Risk | Category | Score | Response | Owner | Status |', '| --- | --- | --- | --- | --- | --- |');
  for (const risk of byScore) {
    const score = riskScore(risk);
    lines.push(
      `| ${inline(risk.title)} | ${riskCategoryLabel[risk.category]} | ${score} (${riskBandLabel[riskBand(score)]}) | ${riskResponseLabel[risk.response]} | ${inline(personLabel(board, risk.ownerId))} | ${riskStatusLabel[risk.status]} |`,
    );
  }
  return [...lines, ''];
}

function lastReviewSection(board: Board): string[] {
  const lines = ['## Last review', ''];
  const last = board.reviews[board.reviews.length - 1];
  if (!last) return [...lines, 'No review held yet.', ''];
  lines.push(`Held on ${last.heldOn}.`, '');
  if (last.attendees.length > 0) {
    lines.push('**Who took part:**', '');
    for (const a of last.attendees) lines.push(`- ${inline(a.name)}${a.organisation ? ` (${inline(a.organisation)})` : ''}: ${attendanceLabel[a.attendance]}`);
    lines.push('');
  }
  const { goalById } = indexBoard(board);
  const verdicts = Object.entries(last.verdicts);
  if (verdicts.length > 0) {
    lines.push('**Progress on each goal:**', '');
    for (const [goalId, verdict] of verdicts) lines.push(`- ${inline(goalById.get(goalId)?.title ?? 'A goal no longer on the board')}: ${reviewVerdictLabel[verdict]}`);
    lines.push('');
  }
  if (last.notes.trim()) lines.push('**Notes:**', '', block(last.notes), '');
  return lines;
}

/** The whole plan as a Markdown report: goals and their actions, actions by organisation and owner, decisions, risks and the last review. */
export function planMarkdown(board: Board, today: IsoDate): string {
  return [
    ...header(board, today),
    ...goalsSection(board, today),
    ...ownersSection(board, today),
    ...decisionsSection(board),
    ...risksSection(board),
    ...lastReviewSection(board),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}
