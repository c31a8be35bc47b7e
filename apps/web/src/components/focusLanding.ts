// Where the keyboard focus goes when the item that had it leaves its place: deleted, to the next item
// of its list, else the one before, else the list's heading; moved to another list, with it. Never
// the page body, where a keyboard or screen-reader user would have to start again from the top.
//
// List items carry data-list-item="<id>" and may mark the control to land on with
// data-list-item-focus (otherwise their first control). The list's heading is the one that labels
// its nearest aria-labelledby ancestor; it needs tabIndex={-1} to take the focus.

const controls = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

function listItem(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-list-item="${CSS.escape(id)}"]`);
}

function neighbour(item: Element, direction: 'nextElementSibling' | 'previousElementSibling'): Element | null {
  let candidate = item[direction];
  while (candidate && !candidate.hasAttribute('data-list-item')) candidate = candidate[direction];
  return candidate;
}

function controlOf(item: Element | null): HTMLElement | null {
  return item?.querySelector<HTMLElement>('[data-list-item-focus]') ?? item?.querySelector<HTMLElement>(controls) ?? null;
}

function headingOf(item: Element): HTMLElement | null {
  for (let at = item.parentElement; at; at = at.parentElement) {
    const labelledBy = at.getAttribute('aria-labelledby');
    const label = labelledBy ? document.getElementById(labelledBy) : null;
    if (label && /^H[1-6]$/.test(label.tagName) && label.hasAttribute('tabindex')) return label;
  }
  return null;
}

function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** Once the page has redrawn after a write (the board re-reads on the next frame): if the focus fell to the body, the first landing still on the page takes it. */
function landAfterRedraw(landings: () => readonly (HTMLElement | null)[]): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!focusLost()) return;
      const landing = [...landings(), document.getElementById('main')].find((element) => element?.isConnected);
      landing?.focus();
    }),
  );
}

/**
 * Call just before deleting the item `id`; call what it returns once the delete is written. When the
 * page has redrawn without the item and the focus fell to the page body with it, the focus goes to
 * the item's neighbour or list heading; if the item is not on this page, to the main region. If
 * something else already took the focus (a closing dialog gave it back to a control that is still
 * there), it stays there.
 */
export function focusAfterDelete(id: string): () => void {
  const item = listItem(id);
  const landings = item
    ? [controlOf(neighbour(item, 'nextElementSibling')), controlOf(neighbour(item, 'previousElementSibling')), headingOf(item)]
    : [];
  return () => landAfterRedraw(() => landings);
}

/** Call once a move of the item `id` to another list is written: if its control lost the focus on the way, it gets it back at its new place. */
export function focusAfterMove(id: string): void {
  landAfterRedraw(() => [controlOf(listItem(id))]);
}
