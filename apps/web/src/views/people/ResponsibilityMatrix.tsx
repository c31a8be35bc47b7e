import { goalStatusLabel, raciMatrix, type Board, type Goal, type Id, type RaciRole, type RaciRow } from '@partnerboard/board';
import { useMemo } from 'react';
import { Badge } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useUi } from '../../state/ui';
import { matrixSections } from './model';

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

function GoalRow({ goal, people }: { goal: Goal; people: Board['people'] }) {
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
      </th>
      {people.map((person) => (
        <Cell key={person.id} roles={goal.ownerId === person.id ? ['A'] : undefined} />
      ))}
    </tr>
  );
}

function ActionRow({ row, title, people }: { row: RaciRow; title: string; people: Board['people'] }) {
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
        <Cell key={person.id} roles={row.byPerson[person.id]} />
      ))}
    </tr>
  );
}

/**
 * Who is Responsible, Accountable, Consulted and Informed for every goal and action, across all the
 * organisations: rows are goals with their actions, columns are people grouped by organisation.
 */
export function ResponsibilityMatrix() {
  const { board } = useBoardSession();
  const rows = useMemo(() => raciMatrix(board), [board]);
  const sections = useMemo(() => matrixSections(board, rows), [board, rows]);
  const titles = useMemo(() => new Map<Id, string>(board.actions.map((action) => [action.id, action.title])), [board.actions]);
  const groups = board.partners
    .map((partner) => ({ partner, people: board.people.filter((person) => person.partnerId === partner.id) }))
    .filter((group) => group.people.length > 0);
  const people = groups.flatMap((group) => group.people);
  const gaps = rows.filter((row) => row.missing.includes('A')).length;

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
      </p>
      {people.length === 0 || sections.length === 0 ? (
        <p className="empty-note">The matrix fills in once there are people and goals on the board.</p>
      ) : (
        <div className="raci__scroll" tabIndex={0} role="region" aria-labelledby="raci-heading">
          <table className="raci">
            <thead>
              <tr>
                <td className="raci__corner" rowSpan={2} />
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
            {sections.map((section) => (
              <tbody key={section.goal?.id ?? 'orphans'}>
                {section.goal ? (
                  <GoalRow goal={section.goal} people={people} />
                ) : (
                  <tr className="raci__goal-row">
                    <th scope="row" className="raci__item" colSpan={people.length + 1}>
                      Actions whose goal was deleted
                    </th>
                  </tr>
                )}
                {section.rows.map((row) => (
                  <ActionRow key={row.actionId} row={row} title={titles.get(row.actionId) ?? ''} people={people} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
