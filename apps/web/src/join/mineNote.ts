/** What a view lists under "Mine": the actions I own or share, or the goals I am accountable for. */
export type MineItems = 'actions' | 'goals';

export interface MineNoteInput {
  what: MineItems;
  /** The name of the person in the plan I am, or null when I am not in it. */
  personName: string | null;
  /** True when a personal link names me (I cannot pick someone else). */
  proven: boolean;
  /** True when other filters narrow the view as well as "Mine". */
  otherFilters: boolean;
}

/** Why "Mine" shows nothing, in words, and whether picking who I am in the plan would change it. */
export function mineEmptyReason({ what, personName, proven, otherFilters }: MineNoteInput): { text: string; offerToSay: boolean } {
  if (personName === null) {
    return proven
      ? {
          text: '“Mine” shows nothing: your personal link does not name a person in the plan. Ask the board’s facilitator to add you to People and make you a new link.',
          offerToSay: false,
        }
      : { text: '“Mine” shows nothing because you have not said who you are in the plan.', offerToSay: true };
  }
  if (otherFilters) return { text: `None of the ${what} ${what === 'actions' ? 'assigned to' : 'owned by'} ${personName} match the other filters.`, offerToSay: false };
  return what === 'actions'
    ? { text: `Nothing on the board is assigned to ${personName} yet: no action has them as owner or responsible.`, offerToSay: false }
    : { text: `${personName} is not the accountable owner of any goal yet.`, offerToSay: false };
}
