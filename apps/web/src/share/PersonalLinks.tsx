import type { CreatePersonalLinkRequest, CreatePersonalLinkResponse, PersonalLinkSummary } from '@partnerboard/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { showToast } from '../components/Toasts';
import { useBoardSession } from '../session/BoardSession';
import { selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { createPersonalLink, fetchPersonalLinks, withdrawPersonalLink } from '../sync/boardApi';
import { readBoardMemory } from '../sync/boardMemory';
import { copyText } from './copyText';
import { PersonalLinkForm, personalRoleLabel } from './PersonalLinkForm';
import { shareUrl } from './shareUrl';

const madeOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : madeOn.format(date);
}

function who(link: { name: string; organisation: string }): string {
  return link.organisation ? `${link.name} (${link.organisation})` : link.name;
}

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; links: PersonalLinkSummary[] };

/**
 * Personal links: one per named person, so that what they do is attributed to them for sure.
 * The facilitator makes one (for one of the board's people or a name typed in), copies it (the
 * token is shown this once), sees every link made, and withdraws one on its own.
 */
export function PersonalLinks() {
  const { boardId, me } = useBoardSession();
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [made, setMade] = useState<CreatePersonalLinkResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState<PersonalLinkSummary | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The Withdraw button the confirmation would give the focus back to is gone: the section's heading takes it.
  const [focusHeading, setFocusHeading] = useState(0);
  useEffect(() => {
    if (focusHeading > 0) heading.current?.focus();
  }, [focusHeading]);
  const facilitatorToken = readBoardMemory(boardId).token ?? '';

  useEffect(() => {
    let live = true;
    fetchPersonalLinks(boardId, facilitatorToken).then(
      ({ links }) => live && setLoaded({ status: 'ready', links }),
      (error: unknown) => live && setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [boardId, facilitatorToken]);

  const make = async (request: CreatePersonalLinkRequest) => {
    setBusy(true);
    try {
      const link = await createPersonalLink(boardId, { ...request, createdBy: me.name }, facilitatorToken);
      setMade(link);
      const { id, role, name, organisation, personId, createdAt } = link;
      const summary: PersonalLinkSummary = { id, role, name, organisation, personId, createdAt, createdBy: me.name, revokedAt: null };
      setLoaded((current) => (current.status === 'ready' ? { status: 'ready', links: [...current.links, summary] } : current));
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (link: PersonalLinkSummary) => {
    try {
      const { revokedAt } = await withdrawPersonalLink(boardId, link.id, facilitatorToken);
      setLoaded((current) =>
        current.status === 'ready' ? { status: 'ready', links: current.links.map((l) => (l.id === link.id ? { ...l, revokedAt } : l)) } : current,
      );
      if (made?.id === link.id) setMade(null);
      setWithdrawing(null);
      setFocusHeading((times) => times + 1);
      showToast({ tone: 'success', message: `The link for ${link.name} is withdrawn. Anyone using it has been disconnected.` });
    } catch (error) {
      showToast({ tone: 'error', message: error instanceof Error ? error.message : 'The link could not be withdrawn.' });
    }
  };

  return (
    <section className="personal-links" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="share-link__title">
        Personal links
      </h3>
      <p className="share-link__explain">
        A link for one named person. Whatever they do is shown under their name as verified, and you can withdraw their link alone. Names given on the
        shared links above are self-declared.
      </p>
      <PersonalLinkForm people={people} partners={partners} busy={busy} onSubmit={make} />
      {made ? <MadeLink link={made} /> : null}
      {loaded.status === 'loading' ? <p>Loading the personal links…</p> : null}
      {loaded.status === 'failed' ? (
        <p className="field__error" role="alert">
          The personal links could not be loaded: {loaded.message}
        </p>
      ) : null}
      {loaded.status === 'ready' ? <LinkTable links={loaded.links} onWithdraw={setWithdrawing} /> : null}
      {withdrawing ? <WithdrawDialog link={withdrawing} onWithdraw={() => withdraw(withdrawing)} onClose={() => setWithdrawing(null)} /> : null}
    </section>
  );
}

/** The link just made, with a copy button: its token is shown only this once. */
function MadeLink({ link }: { link: CreatePersonalLinkResponse }) {
  const { boardId } = useBoardSession();
  const [copied, setCopied] = useState(false);
  const inputId = useId();
  const url = shareUrl(boardId, link.token);
  const label = `Personal link for ${link.name}`;

  const copy = async () => {
    if (await copyText(url)) setCopied(true);
    else {
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
      showToast({ tone: 'info', message: 'Press Ctrl+C (or ⌘C) to copy the selected link.' });
    }
  };

  return (
    <div className="personal-link-made" role="group" aria-label={`New ${label.toLowerCase()}`}>
      <p>
        <strong>{label}</strong>, {personalRoleLabel[link.role].toLowerCase()}. Send it to them alone: it opens the board under their name. It is
        shown only now.
      </p>
      <div className="share-link__row">
        <input id={inputId} className="input share-link__url" readOnly value={url} aria-label={label} onFocus={(e) => e.target.select()} />
        <Button onClick={copy} aria-label={`Copy the ${label.toLowerCase()}`}>
          {copied ? 'Copied ✓' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}

function LinkTable({ links, onWithdraw }: { links: readonly PersonalLinkSummary[]; onWithdraw(link: PersonalLinkSummary): void }) {
  if (links.length === 0) return <p className="share-link__explain">No personal links yet.</p>;
  return (
    <table className="personal-links__table">
      <caption className="visually-hidden">Personal links made for this board</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Can</th>
          <th scope="col">Made</th>
          <th scope="col">
            <span className="visually-hidden">Withdraw</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => (
          <tr key={link.id} className={link.revokedAt ? 'personal-links__withdrawn' : undefined}>
            <th scope="row">{who(link)}</th>
            <td>{personalRoleLabel[link.role]}</td>
            <td>
              {when(link.createdAt)} by {link.createdBy}
            </td>
            <td>
              {link.revokedAt ? (
                <span>Withdrawn {when(link.revokedAt)}</span>
              ) : (
                <Button variant="ghost" size="small" onClick={() => onWithdraw(link)}>
                  Withdraw<span className="visually-hidden"> the link for {link.name}</span>
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WithdrawDialog({ link, onWithdraw, onClose }: { link: PersonalLinkSummary; onWithdraw(): Promise<void>; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    await onWithdraw();
    setBusy(false);
  };
  return (
    <Dialog open onClose={onClose} title={`Withdraw the link for ${link.name}?`}>
      <div className="confirm">
        <p>
          Whoever holds the personal link made for {who(link)} is disconnected at once and cannot open the board with it again. What they did stays on
          the board, under their name. Nobody else is affected.
        </p>
        <div className="form-actions">
          <Button variant="danger" onClick={confirm} disabled={busy}>
            {busy ? 'Withdrawing…' : 'Withdraw link'}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            Keep it
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
