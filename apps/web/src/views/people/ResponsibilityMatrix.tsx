import { goalStatusLabel, matrixSections, raciMatrix, type Board, type Goal, type Id, type RaciRole, type RaciRow } from '@partnerboard/board';
import { memo, useMemo, useState } from 'react';
import { Badge } from '../../components';
import { useBoard, wholeBoard } from '../../session/useBoard';
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

function GoalRow({ goal, people, toggle }: { goal: Goal; people: Board['people']; toggle: SectionToggle }) {
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
        <ToggleActions {...toggle} />
      </th>
      {people.map((person) => (
        <Cell key={person.id} roles={goal.ownerId === person.id ? ['A'] : undefined} />
      ))}
    </tr>
  );
}

interface ActionRowProps {
  row: RaciRow;
  title: string;
  people: Board['people'];
}

function sameRoles(a: RaciRow['byPerson'], b: RaciRow['byPerson']): boolean {
  return a.size === b.size && [...a].every(([key, roles]) => b.get(key)?.join() === roles.join());
}

// raciMatrix makes new rows on every change; a row whose roles did not change is not drawn again (2,000 actions × people).
const sameRow = (before: ActionRowProps, after: ActionRowProps) =>
  before.title === after.title &&
  before.people === after.people &&
  before.row.actionId === after.row.actionId &&
  before.row.missing.join() === after.row.missing.join() &&
  sameRoles(before.row.byPerson, after.row.byPerson);

const ActionRow = memo(function ActionRow({ row, title, people }: ActionRowProps) {
  const openDetail = useUi((state) => state.openDetail);
  const noAccountable = row.missing.includes('A');
  const noResponsible = row.missing.includes('R');
  return (
    <tr className={noAccountable ? 'raci__action-row raci__action-row--gap' : 'raci__action-row'}>
      <th scope="row" className="raci__item raci__item--action">
        <button type="button" className="link-button" onClick={() => openDetail('action', row.actionId)}>
          {title}
        </button>
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
  const board = useBoard(wholeBoard);
  const { filtering, personIds } = shown;
  const rows = useMemo(() => raciMatrix(board), [board]);
  // Filtered to some people, the matrix keeps their columns and the goals and actions where they hold a role.
  const shownRows = useMemo(
    () => (filtering ? rows.filter((row) => [...row.byPerson.keys()].some((id) => personIds.has(id))) : rows),
    [rows, filtering, personIds],
  );
  const sections = useMemo(() => {
    const all = matrixSections(board, shownRows);
    return filtering ? all.filter((section) => section.rows.length > 0 || (section.goal?.ownerId && personIds.has(section.goal.ownerId))) : all;
  }, [board, shownRows, filtering, personIds]);
  const titles = useMemo(() => new Map<Id, string>(board.actions.map((action) => [action.id, action.title])), [board.actions]);
  // Columns keep their identity while people and partners are unchanged, so unchanged rows are not redrawn.
  const groups = useMemo(
    () =>
      board.partners
        .map((partner) => ({ partner, people: shown.people.filter((person) => person.partnerId === partner.id) }))
        .filter((group) => group.people.length > 0),
    [board.partners, shown.people],
  );
  const people = useMemo(() => groups.flatMap((group) => group.people), [groups]);
  const gaps = rows.filter((row) => row.missing.includes('A')).length;
  // A big plan shows each goal with only its gaps until asked: 2,000 rows help nobody in a meeting and stall the page.
  const startOpen = shownRows.length <= openLimit;
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const sectionKey = (goal: Goal | null) => goal?.id ?? 'orphans';
  const isOpen = (key: string) => startOpen !== flipped.has(key);
  const flip = (key: string) =>
    setFlipped((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

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
              const toggle = { open, actionCount: section.rows.length, onToggle: () => flip(key) };
              const visible = open ? section.rows : section.rows.filter((row) => row.missing.includes('A'));
              return (
                <tbody key={key}>
                  {section.goal ? (
                    <GoalRow goal={section.goal} people={people} toggle={toggle} />
                  ) : (
                    <tr className="raci__goal-row">
                      <th scope="row" className="raci__item" colSpan={people.length + 1}>
                        Actions whose goal was deleted <ToggleActions {...toggle} />
                      </th>
                    </tr>
                  )}
                  {visible.map((row) => (
                    <ActionRow key={row.actionId} row={row} title={titles.get(row.actionId) ?? ''} people={people} />
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
