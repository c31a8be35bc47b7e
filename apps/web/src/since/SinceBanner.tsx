import { goalStatusLabel, riskBandLabel, type ReviewReport } from '@partnerboard/board';
import { useId, useState, type ReactNode } from 'react';
import { Button } from '../components/Button';
import { formatDate } from '../components/dates';
import { useBoardSession } from '../session/BoardSession';
import { useUi } from '../state/ui';
import { useSince } from './SinceContext';
import './since.css';

/** The summary of what is new since I last looked, under the header until I mark it seen. */
export function SinceBanner() {
  const since = useSince();
  const { today } = useBoardSession();
  const [open, setOpen] = useState(true);
  const listId = useId();
  if (!since) return null;
  const { report } = since.since;
  const when = since.from.on === today ? 'earlier today' : formatDate(since.from.on, today);
  const count = Object.values(report).reduce((sum: number, list: readonly unknown[]) => sum + list.length, 0);
  return (
    <section className="since-banner" aria-labelledby="since-banner-heading">
      <div className="since-banner__top">
        <h2 id="since-banner-heading" className="since-banner__heading">
          Since you last looked ({when}): {count === 1 ? '1 change' : `${count} changes`}
        </h2>
        <div className="since-banner__buttons">
          <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? 'Hide the list' : 'Show the list'}
          </Button>
          <Button
            size="small"
            variant="primary"
            onClick={() => {
              since.markSeen();
              // The banner goes with the button: focus lands on the plan below rather than the page's top.
              document.getElementById('main')?.focus();
            }}
          >
            Mark as seen
          </Button>
        </div>
      </div>
      <div id={listId} hidden={!open} className="since-banner__groups">
        <Summary report={report} />
      </div>
    </section>
  );
}

function Summary({ report }: { report: ReviewReport }) {
  const { today } = useBoardSession();
  const openDetail = useUi((s) => s.openDetail);
  const goal = (id: string, title: string) => <ItemLink onClick={() => openDetail('goal', id)}>{title}</ItemLink>;
  const action = (id: string, title: string) => <ItemLink onClick={() => openDetail('action', id)}>{title}</ItemLink>;
  return (
    <>
      <Group title="New goals" items={report.goalsAdded.map((g) => ({ id: g.id, content: goal(g.id, g.title) }))} />
      <Group
        title="Goals whose status changed"
        items={report.goalStatusChanges.map((g) => ({ id: g.id, content: <>{goal(g.id, g.title)}<Detail>{goalStatusLabel[g.from]} → {goalStatusLabel[g.to]}</Detail></> }))}
      />
      <Group title="Actions added" items={report.actionsAdded.map((a) => ({ id: a.id, content: <>{action(a.id, a.title)}<Detail>{a.owner ?? 'Nobody accountable yet'}</Detail></> }))} />
      <Group title="Actions completed" items={report.actionsCompleted.map((a) => ({ id: a.id, content: <>{action(a.id, a.title)}<Detail>{a.owner ?? 'Nobody accountable'}</Detail></> }))} />
      <Group
        title="Actions now overdue"
        items={report.actionsOverdue.map((a) => ({ id: a.id, content: <>{action(a.id, a.title)}<Detail>{a.dueDate ? `Due ${formatDate(a.dueDate, today)}, ` : ''}{a.owner ?? 'nobody accountable'}</Detail></> }))}
      />
      <Group
        title="Actions reassigned"
        items={report.actionsReassigned.map((a) => ({ id: a.id, content: <>{action(a.id, a.title)}<Detail>From {a.fromOwner ?? 'nobody'} to {a.owner ?? 'nobody'}</Detail></> }))}
      />
      <Group title="New decisions" items={report.decisionsAdded.map((d) => ({ id: d.id, content: <>{d.title}{d.decidedOn ? <Detail>Decided {formatDate(d.decidedOn, today)}</Detail> : null}</> }))} />
      <Group title="New risks" items={report.risksAdded.map((r) => ({ id: r.id, content: <>{r.title}<Detail>Score {r.score}, {riskBandLabel[r.band].toLowerCase()}</Detail></> }))} />
    </>
  );
}

function Group({ title, items }: { title: string; items: { id: string; content: ReactNode }[] }) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section className="since-banner__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="since-banner__group-heading">
        {title} ({items.length})
      </h3>
      <ul className="plain-list since-banner__list">
        {items.map((item) => (
          <li key={item.id}>{item.content}</li>
        ))}
      </ul>
    </section>
  );
}

/** A line under an item's title: its owner, dates or change. */
function Detail({ children }: { children: ReactNode }) {
  return <span className="since-banner__detail">{children}</span>;
}

function ItemLink({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <button type="button" className="since-banner__item" onClick={onClick}>
      {children}
    </button>
  );
}
