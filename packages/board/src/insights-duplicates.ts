import { actionsOfGoal } from './insights.js';
import type { Action, Board, Id } from './types.js';

// Spots an action that looks like one already under the same goal, so that two organisations do not
// do the same work twice. Titles are compared by their meaningful words, not letter by letter.

// Words that say little about what the work is.
const stopWords = new Set(
  'a an and are as at be by for from get got has have he her his i in into is it its make of on or our out over she so that the their them they this to up us we with within'.split(' '),
);

/** The meaningful words of a title: lower case, accents and punctuation gone, stop words dropped, simple plurals made singular. */
export function titleWords(title: string): ReadonlySet<string> {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !stopWords.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
  return new Set(words);
}

/**
 * How alike two titles are, 0-1: the share of meaningful words they have in common (Dice's
 * coefficient over word sets), or 1 when one title's words are all in the other and it has two or more.
 */
export function titleSimilarity(a: string, b: string): number {
  const left = titleWords(a);
  const right = titleWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  if (shared === Math.min(left.size, right.size) && shared >= 2) return 1;
  return (2 * shared) / (left.size + right.size);
}

/** Titles at least this alike are worth a second look. */
export const similarTitleThreshold = 0.6;

export interface SimilarAction {
  readonly action: Action;
  readonly similarity: number;
}

/** Actions already under `goalId` whose titles look like `title`, most alike first. */
export function similarActions(board: Board, title: string, goalId: Id): readonly SimilarAction[] {
  return actionsOfGoal(board, goalId)
    .map((action) => ({ action, similarity: titleSimilarity(title, action.title) }))
    .filter((match) => match.similarity >= similarTitleThreshold)
    .sort((a, b) => b.similarity - a.similarity);
}
