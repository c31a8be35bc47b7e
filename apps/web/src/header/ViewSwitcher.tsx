import type { MouseEvent } from 'react';
import { boardPath, navigate, useSearch } from '../routes/router';
import type { BoardView } from '../state/ui';
import { boardViews, viewRegistry } from '../views/viewRegistry';

/** Board / Goals / People and partners: each a real link, so it can be opened in a new tab or shared. */
export function ViewSwitcher({ boardId, view }: { boardId: string; view: BoardView }) {
  const search = useSearch();
  return (
    <nav className="view-switcher" aria-label="Views">
      <ul>
        {boardViews.map((each) => {
          const href = boardPath(boardId, each, search);
          const go = (event: MouseEvent) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            navigate(href);
          };
          return (
            <li key={each}>
              <a href={href} aria-current={each === view ? 'page' : undefined} onClick={go}>
                {viewRegistry[each].label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
