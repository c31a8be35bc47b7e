import type { Role } from '@partnerboard/protocol';
import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { showToast } from '../components/Toasts';
import { useBoardSession } from '../session/BoardSession';
import { rotateToken } from '../sync/boardApi';
import { readBoardMemory, rememberBoard } from '../sync/boardMemory';
import { useConnection } from '../sync/connectionContext';
import { copyText } from './copyText';
import type { KnownLink } from './currentLinks';
import { shareUrl } from './shareUrl';

interface ShareLinkRowProps {
  role: Role;
  label: string;
  explanation: string;
  /** What this device can show of the link (see currentLinks). */
  link: KnownLink;
  onRotated(token: string): void;
}

/** One link: what it allows, the address with a copy button, and "make a new link". */
export function ShareLinkRow({ role, label, explanation, link, onRotated }: ShareLinkRowProps) {
  const { boardId, role: myRole } = useBoardSession();
  const connection = useConnection();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const ids = { label: useId(), explain: useId(), input: useId() };
  const url = link.kind === 'shown' ? shareUrl(boardId, link.token) : null;
  const lower = label.toLowerCase();

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
      onRotated(newToken);
      showToast({ tone: 'success', message: `New ${lower} made. The old one no longer works.` });
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
          <Button onClick={copy} aria-label={`Copy ${lower}`}>
            {copied ? 'Copied ✓' : 'Copy'}
          </Button>
        </div>
      ) : null}
      {link.kind === 'shown' && link.onlyHere ? (
        <p className="share-link__note">
          Only this browser can show this link: it was made before links could be shown on every device. Make a new one to share it from any device.
        </p>
      ) : null}
      {link.kind === 'made-before' ? (
        <p className="share-link__note">
          This link was made before links could be shown on every device, and this browser does not know it. Make a new one to share it from
          any device.
        </p>
      ) : null}
      {link.kind === 'loading' ? <p className="share-link__note">Loading the current {lower}…</p> : null}
      {link.kind === 'unreachable' ? (
        <p className="share-link__note" role="alert">
          The current {lower} could not be loaded: {link.message}
        </p>
      ) : null}
      {confirming ? (
        <div className="share-link__confirm" role="group" aria-label={`Replace the ${lower}`}>
          <p>Anyone using the current {lower} is disconnected at once and sees that it no longer works.</p>
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
          Make a new {lower}
        </Button>
      )}
    </section>
  );
}
