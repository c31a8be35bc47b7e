import type { Action, ActionPatch, Id } from '@partnerboard/board';
import { useId, useMemo, useState } from 'react';
import { selectPartners, selectPeople, useBoard } from '../session/useBoard';
import type { WriteResult } from '../session/write';

type RaciList = 'responsibleIds' | 'consultedIds' | 'informedIds';
const columns: { key: RaciList; letter: string; word: string }[] = [
  { key: 'responsibleIds', letter: 'R', word: 'Responsible' },
  { key: 'consultedIds', letter: 'C', word: 'Consulted' },
  { key: 'informedIds', letter: 'I', word: 'Informed' },
];

type Draft = Record<RaciList, readonly Id[]>;

const draftOf = (action: Action): Draft => ({
  responsibleIds: action.responsibleIds,
  consultedIds: action.consultedIds,
  informedIds: action.informedIds,
});

/** Who does the work, who is asked and who is told, ticked per person and grouped by organisation. */
export function RaciTable({ action, onCommit }: { action: Action; onCommit(patch: ActionPatch): WriteResult<unknown> }) {
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const ids = useId();
  const [error, setError] = useState<string | null>(null);
  // My ticks show at once; the board's lists (with anyone else's changes) replace them when they change.
  const [basis, setBasis] = useState(action);
  const [draft, setDraft] = useState<Draft>(() => draftOf(action));
  if (basis !== action) {
    setBasis(action);
    setDraft(draftOf(action));
  }

  const toggle = (key: RaciList, personId: Id, on: boolean) => {
    const next = on ? [...draft[key], personId] : draft[key].filter((id) => id !== personId);
    const result = onCommit({ [key]: next });
    if (result.ok) setDraft({ ...draft, [key]: next });
    setError(result.ok ? null : result.error.message);
  };

  const groups = useMemo(
    () =>
      partners
        .map((partner) => ({ partner, people: people.filter((person) => person.partnerId === partner.id) }))
        .filter((group) => group.people.length > 0),
    [partners, people],
  );

  return (
    <div className="raci-table plan-fields__wide">
      <p className="field__label" id={`${ids}-caption`}>
        Responsible, consulted and informed
      </p>
      {groups.length === 0 ? (
        <p className="empty-note">Add people on the People and partners view first.</p>
      ) : (
        <table aria-labelledby={`${ids}-caption`}>
          <thead>
            <tr>
              <th scope="col">Person</th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  <abbr title={column.word}>{column.letter}</abbr>
                  <span className="visually-hidden"> ({column.word})</span>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map(({ partner, people }) => (
            <tbody key={partner.id}>
              <tr className="raci-table__organisation">
                <th scope="colgroup" colSpan={4}>
                  <span className="colour-dot" aria-hidden="true" style={{ background: partner.colour }} />
                  {partner.name}
                </th>
              </tr>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  {columns.map((column) => (
                    <td key={column.key}>
                      <input
                        type="checkbox"
                        aria-label={`${column.word}: ${person.name} (${partner.name})`}
                        checked={draft[column.key].includes(person.id)}
                        onChange={(event) => toggle(column.key, person.id, event.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
