import { goalStatusLabel, matrixSections, raciMatrix, type Board, type Goal, type Id, type MatrixSection, type RaciRole, type RaciRow } from '@partnerboard/board';
import { memo, useCallback, useMemo, useState } from 'react';
import { Badge } from '../../components';
import { byId, sameItems, selectPartners, useBoard } from '../../session/useBoard';
import { useUi } from '../../state/ui';
import type { ShownPeople } from './shownPeople';

/** Up to this many action rows the matrix opens fully; above it, each goal shows only its gaps until opened. */
const openLimit = 80;
// The goal-or-action column's width comes from people.css (narrower on a phone, so people's columns show beside it).
const itemColumn = 'var(--raci-item-column)';
const personColumn = '6.5rem';

const roleWord: Record<RaciRole, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

function Cell({ roles }: { roles: readonly RaciRole[] | undefined }) {
  if (!roles || roles.length === 0) return <td className="raci__cell" />;
  return (
    <td className={roles.includes('A') ? 'raci__cell raci__cell--accountable' : 'raci__cell'}>
      <span aria-hidden="true">{roles.join(' ')}</span>
      <span className="visually-hidden">{roles.map((role) => roleWord[role]).join(', ')}</span>
    </td>
  );
}

interface SectionToggle {
  open: boolean;
  actionCount: number;
  onToggle(): void;
}

function ToggleActions({ open, actionCount, onToggle }: SectionToggle) {
  if (actionCount === 0) return <span className="raci__count">No actions yet</span>;
  return (
    <button type="button" className="raci__toggle" aria-expanded={open} onClick={onToggle}>
      {open ? 'Hide its actions' : `Show its ${actionCount === 1 ? 'action' : `${actionCount} actions`}`}
    </button>
  );
}

interface GoalRowProps {
  goal: Goal;
  people: Board['people'];
  open: boolean;
  actionCount: number;
  onToggle(key: string): void;
}

// Memoised: the matrix re-renders when any row changes, and a goal's row only when that goal, its count or the people do.
const GoalRow = memo(function GoalRow({ goal, people, open, actionCount, onToggle }: GoalRowProps) {
  const openDetail = useUi((state) => state.openDetail);
  return (
    <tr className="raci__goal-row">
      <th scope="row" className="raci__item">
        <span className="raci__kind">Goal</span>
        <button type="button" className="link-button" onClick={() => openDetail('goal', goal.id)}>
          {goal.title}
        </button>
        <span className="visually-hidden">, {goalStatusLabel[goal.status]}</span>
        {goal.ownerId === null ? <Badge tone="warning">No accountable owner</Badge> : null}
        <ToggleActions open={open} actionCount={actionCount} onToggle={() => onToggle(goal.id)} />
      </th>
      {people.map((person) => (
        <Cell key={person.id} roles={goal.ownerId === person.id ? ['A'] : undefined} />
      ))}
    </tr>
  );
});

interface ActionRowProps {
  row: RaciRow;
  people: Board['people'];
}

function sameRoles(a: RaciRow['byPerson'], b: RaciRow['byPerson']): boolean {
  return a.size === b.size && [...a].every(([key, roles]) => b.get(key)?.join() === roles.join());
}

const sameRaciRow = (a: RaciRow, b: RaciRow) =>
  a.actionId === b.actionId && a.goalId === b.goalId && a.missing.join() === b.missing.join() && sameRoles(a.byPerson, b.byPerson) && sameRoles(a.byPartner, b.byPartner);

// raciMatrix makes new rows on every change: the matrix keeps the ones it has while no role changed (an edit to a title, a status or a date).
const sameRaciRows = (a: readonly RaciRow[], b: readonly RaciRow[]) => a.length === b.length && a.every((row, index) => sameRaciRow(row, b[index] as RaciRow));

const sameSections = (a: readonly MatrixSection[], b: readonly MatrixSection[]) =>
  a.length === b.length && a.every((section, index) => section.goal === b[index]?.goal && sameItems(section.rows, b[index]?.rows ?? []));

// A row whose roles did not change is not drawn again (2,000 actions × people).
const sameRow = (before: ActionRowProps, after: ActionRowProps) => before.people === after.people && sameRaciRow(before.row, after.row);

/** An action's title, opening it in the panel; on its own so that renaming an action redraws the title, not the row of cells. */
function ActionTitle({ actionId }: { actionId: Id }) {
  const title = useBoard(useCallback((board: Board) => byId(board.actions, actionId)?.title ?? '', [actionId]));
  const openDetail = useUi((state) => state.openDetail);
  return (
    <button type="button" className="link-button" onClick={() => openDetail('action', actionId)}>
      {title}
    </button>
  );
}

const ActionRow = memo(function ActionRow({ row, people }: ActionRowProps) {
  const noAccountable = row.missing.includes('A');
  const noResponsible = row.missing.includes('R');
  return (
    <tr className={noAccountable ? 'raci__action-row raci__action-row--gap' : 'raci__action-row'}>
      <th scope="row" className="raci__item raci__item--action">
        <ActionTitle actionId={row.actionId} />
        {noAccountable ? (
          <Badge tone="danger">
            <span aria-hidden="true">⚠ </span>No accountable owner
          </Badge>
        ) : null}
        {noResponsible ? <Badge tone="warning">Nobody responsible</Badge> : null}
      </th>
      {people.map((person) => (
        <Cell key={person.id} roles={row.byPerson.get(person.id)} />
      ))}
    </tr>
  );
}, sameRow);

/**
 * Who is Responsible, Accountable, Consulted and Informed for every goal and action, across all the
 * organisations: rows are goals with their actions, columns are people grouped by organisation.
 */
export function ResponsibilityMatrix({ shown }: { shown: ShownPeople }) {
  const allPartners = useBoard(selectPartners);
  const { filtering, personIds } = shown;
  const rows = useBoard(raciMatrix, sameRaciRows);
  // Filtered to some people, the matrix keeps their columns and the goals and actions where they hold a role.
  const shownRows = useMemo(
    () => (filtering ? rows.filter((row) => [...row.byPerson.keys()].some((id) => personIds.has(id))) : rows),
    [rows, filtering, personIds],
  );
  const sections = useBoard(
    useCallback(
      (board: Board) => {
        const all = matrixSections(board, shownRows);
        return filtering ? all.filter((section) => section.rows.length > 0 || (section.goal?.ownerId && personIds.has(section.goal.ownerId))) : all;
      },
      [shownRows, filtering, personIds],
    ),
    sameSections,
  );
  // Columns keep their identity while people and partners are unchanged, so unchanged rows are not redrawn.
  const groups = useMemo(
    () =>
      allPartners
        .map((partner) => ({ partner, people: shown.people.filter((person) => person.partnerId === partner.id) }))
        .filter((group) => group.people.length > 0),
    [allPartners, shown.people],
  );
  const people = useMemo(() => groups.flatMap((group) => group.people), [groups]);
  const gaps = rows.filter((row) => row.missing.includes('A')).length;
  // A big plan shows each goal with only its gaps until asked: 2,000 rows help nobody in a meeting and stall the page.
  const startOpen = shownRows.length <= openLimit;
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const sectionKey = (goal: Goal | null) => goal?.id ?? 'orphans';
  const isOpen = (key: string) => startOpen !== flipped.has(key);
  const flip = useCallback(
    (key: string) =>
      setFlipped((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  return (
    <section className="people-section" aria-labelledby="raci-heading">
      <h2 id="raci-heading">Responsibility matrix</h2>
      <p className="people-section__intro">
        <strong>R</strong> Responsible (does the work) · <strong>A</strong> Accountable (the one owner) · <strong>C</strong> Consulted ·{' '}
        <strong>I</strong> Informed. Every action needs exactly one accountable owner.
      </p>
      <p className={gaps > 0 ? 'raci__summary raci__summary--gap' : 'raci__summary'} role="status">
        {gaps === 0
          ? 'Every action has an accountable owner.'
          : `${gaps} ${gaps === 1 ? 'action has' : 'actions have'} no accountable owner.`}
        {filtering ? ` Showing the ${shownRows.length} of ${rows.length} actions where the people that match the filters hold a role.` : ''}
      </p>
      {people.length === 0 || sections.length === 0 ? (
        <p className="empty-note">The matrix fills in once there are people and goals on the board.</p>
      ) : (
        <div className="raci__scroll" tabIndex={0} role="group" aria-label="Responsibility matrix table (scrolls sideways)">
          {!startOpen ? (
            <p className="raci__collapsed-note">
              With {shownRows.length} actions, each goal shows only its actions without an accountable owner. Open a goal to see all its actions.
            </p>
          ) : null}
          {/* Fixed column widths: the browser lays out a big matrix without measuring every cell. */}
          <table className="raci" style={{ width: `calc(${itemColumn} + ${people.length} * ${personColumn})` }}>
            <caption className="visually-hidden">Responsibility matrix: goals and their actions by people and organisations</caption>
            <colgroup>
              <col style={{ width: itemColumn }} />
              {people.map((person) => (
                <col key={person.id} style={{ width: personColumn }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="raci__corner">
                  Goal or action
                </th>
                {groups.map(({ partner, people: members }) => (
                  <th key={partner.id} scope="colgroup" colSpan={members.length} className="raci__organisation" style={{ borderTopColor: partner.colour }}>
                    {partner.name}
                  </th>
                ))}
              </tr>
              <tr>
                {people.map((person) => (
                  <th key={person.id} scope="col" className="raci__person">
                    {person.name}
                  </th>
                ))}
              </tr>
            </thead>
            {sections.map((section) => {
              const key = sectionKey(section.goal);
              const open = isOpen(key);
              const visible = open ? section.rows : section.rows.filter((row) => row.missing.includes('A'));
              return (
                <tbody key={key}>
                  {section.goal ? (
                    <GoalRow goal={section.goal} people={people} open={open} actionCount={section.rows.length} onToggle={flip} />
                  ) : (
                    <tr className="raci__goal-row">
                      <th scope="row" className="raci__item" colSpan={people.length + 1}>
                        Actions whose goal was deleted <ToggleActions open={open} actionCount={section.rows.length} onToggle={() => flip(key)} />
                      </th>
                    </tr>
                  )}
                  {visible.map((row) => (
                    <ActionRow key={row.actionId} row={row} people={people} />
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
}
