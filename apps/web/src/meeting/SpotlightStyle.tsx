import type { MeetingItemRef } from '@partnerboard/board';
import { useEffect } from 'react';

/** The attribute by which the views mark a card or row with its item's id, by kind. */
const idAttributes: Record<MeetingItemRef['kind'], string> = {
  goal: 'data-list-item',
  action: 'data-action-id',
  risk: 'data-risk-id',
};

/**
 * While something is in the spotlight, the body says of which kind and the item's cards carry
 * `data-spotlit`: meeting.css dims the rest of that kind and labels the item "In the spotlight".
 * Marked from outside React (the app's CSP allows no inline styles), and again as cards come and go.
 */
export function SpotlightStyle({ spotlight }: { spotlight: MeetingItemRef | null }) {
  const kind = spotlight?.kind ?? null;
  const id = spotlight?.id ?? null;
  useEffect(() => {
    if (kind === null || id === null) return;
    const attribute = idAttributes[kind];
    const selector = `[${attribute}="${CSS.escape(id)}"]`;
    const mark = () => {
      for (const element of document.querySelectorAll(`[data-spotlit]`)) if (!element.matches(selector)) element.removeAttribute('data-spotlit');
      for (const element of document.querySelectorAll(selector)) if (!element.hasAttribute('data-spotlit')) element.setAttribute('data-spotlit', '');
    };
    document.body.dataset.spotlight = kind;
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      delete document.body.dataset.spotlight;
      for (const element of document.querySelectorAll('[data-spotlit]')) element.removeAttribute('data-spotlit');
    };
  }, [kind, id]);
  return null;
}
