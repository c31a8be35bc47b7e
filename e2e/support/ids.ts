import type { Page } from '@playwright/test';

type EntityMaps = { __partnerboard?: { doc: { getMap(name: string): Map<string, { get(field: string): unknown }> } } };

/** The id of a partner or person in the page's copy of the board, by name (null when there is none). */
export function idByName(page: Page, collection: 'partners' | 'people', name: string): Promise<string | null> {
  return page.evaluate(
    ([collection, wanted]) => {
      const entities = (window as unknown as EntityMaps).__partnerboard?.doc.getMap(collection);
      for (const [id, entity] of entities?.entries() ?? []) if (entity.get('name') === wanted) return id;
      return null;
    },
    [collection, name] as const,
  );
}
