/**
 * Cleans a display name or organisation given in the connection URL: no control characters,
 * single spaces, trimmed, at most `maxLength` characters; `fallback` when nothing is left.
 */
export function participantText(value: string | null, maxLength: number, fallback: string): string {
  const cleaned = (value ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // No longer in UTF-16 code units than maxLength, it cannot be longer in characters.
  const cut = cleaned.length <= maxLength ? cleaned : [...cleaned].slice(0, maxLength).join('').trim();
  return cut === '' ? fallback : cut;
}
