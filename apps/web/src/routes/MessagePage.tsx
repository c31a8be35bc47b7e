import type { ReactNode } from 'react';
import './pages.css';

/** A whole page with one message: a bad link, a board that cannot be reached, an unknown address. */
export function MessagePage({ title, children, tone = 'neutral' }: { title: string; children: ReactNode; tone?: 'neutral' | 'problem' }) {
  return (
    <main className={`message-page message-page--${tone}`} id="main">
      <div className="message-page__card">
        <p className="message-page__brand">
          <a href="/">Partnerboard</a>
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** Shown while the board opens; says what it is waiting for instead of a bare spinner. */
export function LoadingPage({ what }: { what: string }) {
  return (
    <main className="message-page" id="main" aria-busy="true">
      <div className="message-page__card">
        <p className="message-page__brand">Partnerboard</p>
        <p role="status" className="message-page__loading">
          {what}
        </p>
      </div>
    </main>
  );
}
