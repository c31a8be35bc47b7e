import { deletePerson, responsibilitiesOf, type Board, type Person } from '@partnerboard/board';
import { useCallback, useId, useMemo, useState } from 'react';
import { ConfirmDeleteDialog } from '../../components';
import { inWords, responsibilityWords } from '../../components/words';
import { peopleChoices } from '../../detail/fields';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { sameItems, selectPartners, selectPeople, useBoard } from '../../session/useBoard';

/**
 * Confirms removing a person and says what happens: they leave every R, C and I list and any partner
 * lead; if they are accountable for anything, someone must take it over (chosen here).
 */
export function DeletePersonDialog({ person, onClose }: { person: Person; onClose(): void }) {
  const { doc } = useBoardSession();
  const held = useBoard(
    useCallback((board: Board) => responsibilityWords(responsibilitiesOf(board, person.id)), [person.id]),
    sameItems,
  );
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const write = useWrite();
  const ids = useId();
  const successors = useMemo(
    () =>
      peopleChoices({ partners, people })
        .map((group) => ({ ...group, choices: group.choices.filter((choice) => choice.value !== person.id) }))
        .filter((group) => group.choices.length > 0),
    [partners, people, person.id],
  );
  const [successor, setSuccessor] = useState('');
  const chosen = successor || successors[0]?.choices[0]?.value || '';
  const needsSuccessor = held.length > 0;

  return (
    <ConfirmDeleteDialog
      title={`Remove ${person.name} from the board?`}
      itemId={person.id}
      remove={() => write(() => deletePerson(doc, person.id, needsSuccessor ? { reassignTo: chosen } : {}), { toast: false })}
      confirmLabel={`Remove ${person.name}`}
      keepLabel="Keep them"
      blocked={needsSuccessor && !chosen}
      onClose={onClose}
      onDeleted={onClose}
    >
      <p>They are taken off every Responsible, Consulted and Informed list and stop being a partner lead. Comments about them are deleted.</p>
      {needsSuccessor ? (
        successors.length > 0 ? (
          <div className="field">
            <p>
              <strong>
                {person.name} is accountable for {inWords(held)}.
              </strong>{' '}
              Choose who takes these over.
            </p>
            <label className="field__label" htmlFor={`${ids}-successor`}>
              Hand over to
            </label>
            <select id={`${ids}-successor`} value={chosen} onChange={(event) => setSuccessor(event.target.value)}>
              {successors.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ) : (
          <p>
            <strong>
              {person.name} is accountable for {inWords(held)}, and there is nobody else on the board to hand over to.
            </strong>{' '}
            Add someone first.
          </p>
        )
      ) : null}
    </ConfirmDeleteDialog>
  );
}
