import { useSyncExternalStore } from 'react';
import type { BoardView } from '../state/ui';
import { isBoardViewName } from '../views/viewRegistry';

/** The app's pages: the start page, a board in one of its views, or an address we do not know. */
export type Route =
  | { kind: 'start' }
  | { kind: 'board'; boardId: string; view: BoardView }
  | { kind: 'not-found' };

const boardPattern = /^\/b\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'start' };
  const match = boardPattern.exec(pathname);
  if (!match?.[1]) return { kind: 'not-found' };
  const view = match[2] ?? 'board';
  if (!isBoardViewName(view)) return { kind: 'not-found' };
  return { kind: 'board', boardId: match[1], view };
}

/** The address of a board view; the query keeps filters, the fragment is only ever a share token. */
export function boardPath(boardId: string, view: BoardView, search = ''): string {
  return `/b/${boardId}/${view}${search}`;
}

const navigationEvent = 'partnerboard:navigate';

/** Goes to an address inside the app without reloading (push adds a history entry, replace does not). */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigationEvent));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(navigationEvent, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(navigationEvent, listener);
  };
}

let lastPath = '';
let lastRoute: Route = { kind: 'start' };

function currentRoute(): Route {
  // Same path, same object: useSyncExternalStore needs a stable snapshot.
  if (location.pathname !== lastPath) {
    lastPath = location.pathname;
    lastRoute = parseRoute(lastPath);
  }
  return lastRoute;
}

/** The page the address bar shows, kept up to date with back/forward and navigate(). */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}

/** The address bar's query string, kept up to date like useRoute. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => location.search);
}
