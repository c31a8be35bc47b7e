import { useId, type MouseEvent } from 'react';
import { boardPath, navigate, useSearch } from '../routes/router';
import type { BoardView } from '../state/ui';
import { boardViews, viewGroupLabel, viewRegistry, type ViewDefinition, type ViewGroup } from '../views/viewRegistry';

const groups = Object.keys(viewGroupLabel) as ViewGroup[];

/** The views in their groups (the plan, then the records): each a real link, so it can be opened in a new tab or shared. */
export function ViewSwitcher({ boardId, view }: { boardId: string; view: BoardView }) {
  const search = useSearch();
  const labelId = useId();
  return (
    <nav className="view-switcher" aria-label="Views">
      {groups.map((group) => {
        const views = boardViews.filter((each) => viewRegistry[each].group === group && (viewRegistry[each] as ViewDefinition).listed !== false);
        if (views.length === 0) return null;
        return (
          <div className="view-switcher__group" key={group}>
            <span className="view-switcher__label" id={`${labelId}-${group}`}>
              {viewGroupLabel[group]}
            </span>
            <ul aria-labelledby={`${labelId}-${group}`}>
              {views.map((each) => {
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
          </div>
        );
      })}
    </nav>
  );
}
