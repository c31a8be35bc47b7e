import type { Role } from '@partnerboard/protocol';
import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { showToast } from '../components/Toasts';
import { useBoardSession } from '../session/BoardSession';
import { rotateToken } from '../sync/boardApi';
import { readBoardMemory, rememberBoard } from '../sync/boardMemory';
import { useConnection } from '../sync/connectionContext';
import { copyText } from './copyText';
import { shareUrl } from './shareUrl';

interface ShareLinkRowProps {
  role: Role;
  label: string;
  explanation: string;
  /** Undefined when this browser does not know the link (it was made elsewhere). */
  token: string | undefined;
  onRotated(): void;
}

/** One link: what it allows, the address with a copy button, and "make a new link". */
export function ShareLinkRow({ role, label, explanation, token, onRotated }: ShareLinkRowProps) {
  const { boardId, role: myRole } = useBoardSession();
  const connection = useConnection();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const ids = { label: useId(), explain: useId(), input: useId() };
  const url = token ? shareUrl(boardId, token) : null;

  const copy = async () => {
    if (!url) return;
    const ok = await copyText(url);
    if (ok) setCopied(true);
    else {
      // No clipboard permission: select the address so Ctrl+C copies it.
      const input = document.getElementById(ids.input) as HTMLInputElement | null;
      input?.select();
      showToast({ tone: 'info', message: 'Press Ctrl+C (or ⌘C) to copy the selected link.' });
    }
  };

  const rotate = async () => {
    const facilitatorToken = readBoardMemory(boardId).token;
    if (!facilitatorToken) return;
    setBusy(true);
    const request = rotateToken(boardId, role, facilitatorToken);
    // Rotating my own link closes my own socket too; the connection comes back with the new one.
    if (role === myRole) connection.expectOwnRotation(request.then((r) => r.token).catch(() => null));
    try {
      const { token: newToken } = await request;
      rememberBoard(boardId, { links: { [role]: newToken }, ...(role === myRole ? { token: newToken } : {}) });
      setConfirming(false);
      setCopied(false);
      onRotated();
      showToast({ tone: 'success', message: `New ${label.toLowerCase()} made. The old one no longer works.` });
    } catch (error) {
      showToast({ tone: 'error', message: error instanceof Error ? error.message : 'The link could not be replaced.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="share-link" aria-labelledby={ids.label} aria-describedby={ids.explain}>
      <h3 id={ids.label} className="share-link__title">
        {label}
      </h3>
      <p id={ids.explain} className="share-link__explain">
        {explanation}
      </p>
      {url ? (
        <div className="share-link__row">
          <input id={ids.input} className="input share-link__url" readOnly value={url} aria-label={label} onFocus={(e) => e.target.select()} />
          <Button onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
            {copied ? 'Copied ✓' : 'Copy'}
          </Button>
        </div>
      ) : (
        <p className="share-link__unknown">
          This browser does not know the current {label.toLowerCase()} (it was made elsewhere). Make a new one to share it.
        </p>
      )}
      {confirming ? (
        <div className="share-link__confirm" role="group" aria-label={`Replace the ${label.toLowerCase()}`}>
          <p>Anyone using the current {label.toLowerCase()} is disconnected at once and sees that it no longer works.</p>
          <div className="form-actions">
            <Button variant="danger" onClick={rotate} disabled={busy}>
              {busy ? 'Replacing…' : 'Replace link'}
            </Button>
            <Button onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="ghost" size="small" onClick={() => setConfirming(true)}>
          Make a new {label.toLowerCase()}
        </Button>
      )}
    </section>
  );
}
