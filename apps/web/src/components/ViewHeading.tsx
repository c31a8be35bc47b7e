import type { ReactNode } from 'react';

export interface ViewHeadingProps {
  /** The heading's id, which the view's section is labelled by and the view switcher focuses. */
  id: string;
  title: string;
  /** One or two sentences under the title: how many there are, what the view is for. */
  summary: ReactNode;
  /** Announce the summary when it changes (it counts what a search or a colleague's edit changes). */
  live?: boolean;
  /** The view's main button, e.g. "Add a risk". */
  action?: ReactNode;
}

/** A view's title with its summary beneath, and its main button beside them. */
export function ViewHeading({ id, title, summary, live = false, action }: ViewHeadingProps) {
  return (
    <header className="view-heading">
      <div>
        <h2 id={id} tabIndex={-1}>
          {title}
        </h2>
        <p className="view-heading__summary" aria-live={live ? 'polite' : undefined}>
          {summary}
        </p>
      </div>
      {action}
    </header>
  );
}
