import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * The board's shared purpose under its title, on one line so the header stays short on a phone;
 * when it is cut short, "More" shows the whole of it. Screen readers read it whole either way.
 */
export function BoardPurpose({ purpose }: { purpose: string }) {
  const text = useRef<HTMLParagraphElement>(null);
  const [cutShort, setCutShort] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const id = useId();

  useLayoutEffect(() => {
    const element = text.current;
    if (!element || expanded) return;
    const measure = () => setCutShort(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [purpose, expanded]);

  if (!purpose.trim()) return null;
  return (
    <div className={['board-purpose', expanded ? 'board-purpose--expanded' : ''].filter(Boolean).join(' ')}>
      {/* Focusable when expanded: a long purpose then scrolls, and a keyboard must be able to scroll it. */}
      <p ref={text} id={id} className="board-purpose__text" tabIndex={expanded ? 0 : undefined}>
        <span className="board-purpose__label">Purpose:</span> {purpose}
      </p>
      {cutShort || expanded ? (
        <button type="button" className="board-purpose__toggle" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Less' : 'More'}
        </button>
      ) : null}
    </div>
  );
}
