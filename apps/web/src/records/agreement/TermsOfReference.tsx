import { limits, updateAgreement, type AgreementPatch, type Board } from '@partnerboard/board';
import { TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';

const terms = [
  { key: 'objectives', label: 'Shared objectives', hint: 'What the partners are working towards together.' },
  { key: 'waysOfWorking', label: 'Ways of working', hint: 'How decisions are made, how problems are raised, what each can expect of the others.' },
  { key: 'communication', label: 'Communication channels', hint: 'Meetings, how to reach each other, what goes where, and who to call when it is urgent.' },
] as const;

type TermKey = (typeof terms)[number]['key'];

/** The terms of reference everyone works to, edited in place and followed live. */
export function TermsOfReference() {
  return (
    <section className="agreement-section" aria-labelledby="agreement-terms-heading">
      <h3 id="agreement-terms-heading" tabIndex={-1}>Terms of reference</h3>
      <div className="agreement-terms">
        {terms.map((term) => (
          <Term key={term.key} term={term.key} label={term.label} hint={term.hint} />
        ))}
      </div>
    </section>
  );
}

function Term({ term, label, hint }: { term: TermKey; label: string; hint: string }) {
  const { canEdit, doc } = useBoardSession();
  const value = useBoard((board: Board) => board.meta.agreement[term]);
  const write = useWrite();
  if (!canEdit) {
    return (
      <div className="agreement-term">
        <h4>{label}</h4>
        {value.trim() ? <p className="agreement-term__text">{value}</p> : <p className="empty-note">Not written yet.</p>}
      </div>
    );
  }
  return (
    <TextField
      label={label}
      hint={hint}
      value={value}
      multiline
      maxLength={limits.longText}
      className="agreement-term"
      onCommit={(text) => write(() => updateAgreement(doc, { [term]: text } as AgreementPatch), { toast: false })}
    />
  );
}
