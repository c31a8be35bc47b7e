import type { Responsibilities } from '@partnerboard/board';

/** A share as people read it: "38%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A list in words: "a, b and c". */
export function inWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What someone is accountable for, in words: ["2 goals", "1 action", "the lead professional role"]. */
export function responsibilityWords(held: Responsibilities): string[] {
  const count = (n: number, word: string) => (n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]);
  return [
    ...count(held.goals.length, 'goal'),
    ...count(held.actions.length, 'action'),
    ...count(held.risks.length, 'risk'),
    ...(held.leadProfessional ? ['the lead professional role'] : []),
  ];
}
