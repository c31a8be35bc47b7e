type Plain = unknown;

function isRecord(value: Plain): value is Record<string, Plain> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: Plain): string | undefined {
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}

function keepArray(previous: readonly Plain[], next: readonly Plain[]): readonly Plain[] {
  // Lists of entities are matched by id, so inserting one card does not renew every card after it.
  const previousById = new Map<string, Plain>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== undefined) previousById.set(id, item);
  }
  let same = previous.length === next.length;
  const merged = next.map((item, index) => {
    const id = idOf(item);
    const match = id !== undefined ? previousById.get(id) : previous[index];
    const kept = match === undefined ? item : keepUnchanged(match, item);
    if (kept !== previous[index]) same = false;
    return kept;
  });
  return same ? previous : merged;
}

function keepRecord(previous: Record<string, Plain>, next: Record<string, Plain>): Record<string, Plain> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  // Keys can be ids from the document ('__proto__', 'constructor'): only own keys count, and each is defined, never assigned.
  const merged = Object.create(Object.getPrototypeOf(next) as object | null) as Record<string, Plain>;
  for (const key of keys) {
    const had = Object.hasOwn(previous, key);
    const kept = had ? keepUnchanged(previous[key], next[key]) : next[key];
    if (!had || kept !== previous[key]) same = false;
    Object.defineProperty(merged, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return same ? previous : merged;
}

/**
 * Structural sharing for plain data: returns `next`, except that every part equal to the matching
 * part of `previous` is `previous`'s object. React.memo'd cards then skip re-rendering when a
 * remote edit touched something else.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  // A Map (the board's authors) has no own keys to compare: a record's check would call any two equal.
  if (previous instanceof Map || next instanceof Map) return next;
  if (Array.isArray(previous) && Array.isArray(next)) return keepArray(previous, next) as T;
  if (isRecord(previous) && isRecord(next)) return keepRecord(previous, next) as T;
  return next;
}
