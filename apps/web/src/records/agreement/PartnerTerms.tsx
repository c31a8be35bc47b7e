import { limits, setPartnerExpectations, signAgreement, withdrawSignOff, type Board, type PartnerSignOff } from '@partnerboard/board';
import { memo, useCallback, useRef, useState } from 'react';
import { Badge, Button, Field } from '../../components';
import { formatDate } from '../../components/dates';
import { TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';

/** One partner's part of the agreement: what it brings, and whether it has agreed to this version. */
export const PartnerTerms = memo(function PartnerTerms({ standing, version }: { standing: PartnerSignOff; version: number }) {
  const { canEdit, doc, today } = useBoardSession();
  const { partner, signOff } = standing;
  const expectations = useBoard(useCallback((board: Board) => board.meta.agreement.expectations[partner.id] ?? '', [partner.id]));
  const write = useWrite();
  const [signing, setSigning] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  // The button pressed goes away (signed, withdrawn): the focus moves to the one that takes its place.
  const focusActions = () => requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
  const headingId = `agreement-partner-${partner.id}`;

  return (
    <li className={`agreement-partner agreement-partner--${standing.standing}`} style={{ borderLeftColor: partner.colour }} aria-labelledby={headingId}>
      <div className="agreement-partner__top">
        <h4 id={headingId}>{partner.name}</h4>
        <SignOffBadge standing={standing} version={version} today={today} />
      </div>
      {canEdit ? (
        <TextField
          label={`What ${partner.name} brings`}
          value={expectations}
          multiline
          maxLength={limits.longText}
          onCommit={(text) => write(() => setPartnerExpectations(doc, { partnerId: partner.id, text }), { toast: false })}
        />
      ) : (
        <div>
          <h5 className="agreement-partner__label">What it brings</h5>
          {expectations.trim() ? <p className="agreement-term__text">{expectations}</p> : <p className="empty-note">Not written yet.</p>}
        </div>
      )}
      {canEdit && signing ? (
        <SignOffForm partnerName={partner.name} onSign={(name) => write(() => signAgreement(doc, { partnerId: partner.id, name }), { toast: false })} onDone={() => {
            setSigning(false);
            focusActions();
          }} />
      ) : null}
      {canEdit && !signing ? (
        <div className="agreement-partner__actions" ref={actions}>
          {standing.standing !== 'agreed' ? (
            <Button variant="primary" onClick={() => setSigning(true)}>
              {standing.standing === 'earlier_version' ? `Sign version ${version} for ${partner.name}` : `Sign off for ${partner.name}`}
            </Button>
          ) : null}
          {signOff ? (
            <Button
              onClick={() => {
                write(() => withdrawSignOff(doc, partner.id));
                focusActions();
              }}
              aria-label={`Withdraw the sign-off of ${partner.name}`}
            >
              Withdraw sign-off
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});

function SignOffBadge({ standing, version, today }: { standing: PartnerSignOff; version: number; today: string }) {
  const { signOff } = standing;
  if (!signOff) return <Badge tone="neutral">Not signed yet</Badge>;
  const when = formatDate(signOff.at.slice(0, 10), today);
  return (
    <p className="agreement-partner__status">
      {standing.standing === 'agreed' ? (
        <Badge tone="good">✓ Agreed to version {version}</Badge>
      ) : (
        <Badge tone="warning">Not yet agreed to version {version}</Badge>
      )}{' '}
      <span>
        {standing.standing === 'agreed' ? 'Signed by' : `Signed version ${signOff.version}:`} {signOff.name}, {when}
      </span>
    </p>
  );
}

/** Asks who signs for the partner; the name is the sign-off's record of who agreed. */
function SignOffForm({ partnerName, onSign, onDone }: { partnerName: string; onSign(name: string): { ok: boolean; error?: { message: string } }; onDone(): void }) {
  const { me } = useBoardSession();
  const [name, setName] = useState(me.name);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline-form agreement-sign"
      aria-label={`Sign off for ${partnerName}`}
      onSubmit={(event) => {
        event.preventDefault();
        const result = onSign(name);
        if (!result.ok) {
          setError(result.error?.message ?? 'The sign-off could not be recorded.');
          return;
        }
        onDone();
      }}
    >
      <Field label={`Who signs for ${partnerName}`} hint="Sign only with the authority to agree on the organisation’s behalf." error={error}>
        {(control) => <input {...control} value={name} maxLength={limits.name} autoFocus onChange={(event) => setName(event.target.value)} />}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Sign the agreement
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
