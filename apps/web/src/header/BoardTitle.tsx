import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The board's title on one line, in full wherever it fits. Only when the window is too narrow is it
 * cut short with an ellipsis, and then the whole title shows as a tooltip.
 */
export function BoardTitle({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [cutShort, setCutShort] = useState(false);

  useLayoutEffect(() => {
    const element = heading.current;
    if (!element) return;
    const measure = () => setCutShort(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [title]);

  return (
    <h1 ref={heading} className="board-title" title={cutShort ? title : undefined}>
      {title}
    </h1>
  );
}
