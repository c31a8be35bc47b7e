import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { useUi, type BoardView } from '../state/ui';
import { filtersSetOn, viewFilters } from './viewFilters';
import { FilterBar } from './FilterBar';

/**
 * The filter bar, which a phone folds behind a "Filters" toggle so that the plan gets the screen
 * (wider screens always show it and never the toggle). Folded, the toggle says how many filters
 * still narrow the view.
 */
export function FoldingFilters({ view }: { view: BoardView }) {
  const [open, setOpen] = useState(false);
  const set = useUi((s) => filtersSetOn(view, s.filters));
  const barId = useId();
  if (viewFilters(view).length === 0) return null;
  return (
    <>
      <Button
        variant="ghost"
        className="app-header__filters-toggle"
        aria-expanded={open}
        aria-controls={barId}
        onClick={() => setOpen(!open)}
      >
        Filters{set > 0 ? ` (${set} on)` : ''}
        <span aria-hidden="true" className="app-header__filters-arrow">
          {open ? '▴' : '▾'}
        </span>
      </Button>
      <div id={barId} className={open ? 'app-header__filters' : 'app-header__filters app-header__filters--folded'}>
        <FilterBar view={view} />
      </div>
    </>
  );
}
