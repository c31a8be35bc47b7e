import { goalStatusLabel, isQuietReport, reviewReport, riskBandLabel, type Board, type IsoDate, type ReviewReport } from '@partnerboard/board';
import type { ReactNode } from 'react';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useSnapshotBoard, type SnapshotBoardState } from './useSnapshotBoard';

/** What to compare: a snapshot with another, or with the board now. */
export interface Comparison {
  from: string;
  to: string | 'now';
}

interface ReportSectionProps {
  heading: string;
  items: readonly { id: string }[];
  children: (index: number) => ReactNode;
}

function ReportSection({ heading, items, children }: ReportSectionProps) {
  if (items.length === 0) return null;
  return (
    <section className="report-section">
      <h4>
        {heading} ({items.length})
      </h4>
      <ul>
        {items.map((item, index) => (
          <li key={item.id}>{children(index)}</li>
        ))}
      </ul>
    </section>
  );
}

function ReportBody({ report, today }: { report: ReviewReport; today: IsoDate }) {
  if (isQuietReport(report)) return <p>Nothing on the plan changed between these two.</p>;
  const due = (date: IsoDate | null) => (date ? `, due ${formatDate(date, today)}` : '');
  const owned = (owner: string | null) => (owner ? `owner ${owner}` : 'no owner yet');
  return (
    <>
      <ReportSection heading="Goals whose status changed" items={report.goalStatusChanges}>
        {(i) => {
          const change = report.goalStatusChanges[i]!;
          return `${change.title}: from ${goalStatusLabel[change.from]} to ${goalStatusLabel[change.to]}`;
        }}
      </ReportSection>
      <ReportSection heading="New goals" items={report.goalsAdded}>
        {(i) => report.goalsAdded[i]!.title}
      </ReportSection>
      <ReportSection heading="Actions completed" items={report.actionsCompleted}>
        {(i) => {
          const action = report.actionsCompleted[i]!;
          return `${action.title} (goal: ${action.goalTitle}), ${owned(action.owner)}`;
        }}
      </ReportSection>
      <ReportSection heading="Actions added" items={report.actionsAdded}>
        {(i) => {
          const action = report.actionsAdded[i]!;
          return `${action.title} (goal: ${action.goalTitle}), ${owned(action.owner)}${due(action.dueDate)}`;
        }}
      </ReportSection>
      <ReportSection heading="Actions now overdue" items={report.actionsOverdue}>
        {(i) => {
          const action = report.actionsOverdue[i]!;
          return `${action.title} (goal: ${action.goalTitle}), ${owned(action.owner)}${due(action.dueDate)}`;
        }}
      </ReportSection>
      <ReportSection heading="Actions reassigned" items={report.actionsReassigned}>
        {(i) => {
          const action = report.actionsReassigned[i]!;
          return `${action.title}: from ${action.fromOwner ?? 'no owner'} to ${action.owner ?? 'no owner'}`;
        }}
      </ReportSection>
      <ReportSection heading="New decisions" items={report.decisionsAdded}>
        {(i) => {
          const decision = report.decisionsAdded[i]!;
          return decision.decidedOn ? `${decision.title}, decided on ${formatDate(decision.decidedOn, today)}` : decision.title;
        }}
      </ReportSection>
      <ReportSection heading="New risks and barriers" items={report.risksAdded}>
        {(i) => {
          const risk = report.risksAdded[i]!;
          return `${risk.title}, score ${risk.score} (${riskBandLabel[risk.band]})`;
        }}
      </ReportSection>
    </>
  );
}

function boardOf(state: SnapshotBoardState): Board | null {
  return state.status === 'ready' ? state.value.board : null;
}

/** The comparison of two readings of the board as a readable report; the board now follows live edits. */
export function ComparisonReport({ comparison }: { comparison: Comparison }) {
  const { boardId, today } = useBoardSession();
  const now = useBoard(wholeBoard);
  const from = useSnapshotBoard(boardId, comparison.from);
  const to = useSnapshotBoard(boardId, comparison.to === 'now' ? null : comparison.to);
  const failed = [from, to].find((state) => state.status === 'failed');
  if (failed?.status === 'failed') return <p role="alert">{failed.message}</p>;
  const before = boardOf(from);
  const after = comparison.to === 'now' ? now : boardOf(to);
  if (!before || !after || from.status !== 'ready') return <p role="status">Reading the snapshots…</p>;
  const afterDate = comparison.to === 'now' || to.status !== 'ready' ? today : to.value.snapshot.takenAt.slice(0, 10);
  const report = reviewReport(before, after, { before: from.value.snapshot.takenAt.slice(0, 10), after: afterDate });
  return <ReportBody report={report} today={today} />;
}
