import { actionStatuses, createAction, createGoal, deleteAction, textField, updateAction } from '@partnerboard/board';
import type * as Y from 'yjs';
import type { Random } from './random.ts';

/**
 * Someone editing the plan without pause: adds actions to their own goal, moves them between
 * statuses, types in their notes and deletes some, a change every `everyMs`.
 */
export class BusyEditor {
  private readonly goalId: string;
  private readonly actions: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  edits = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly random: Random,
    readonly name: string,
  ) {
    this.goalId = createGoal(doc, { title: `${name}'s goal` }, { name });
  }

  start(everyMs = 2): void {
    this.timer ??= setInterval(() => this.edit(), everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One change to the plan. */
  edit(): void {
    const actor = { name: this.name };
    const roll = this.random.int(0, 9);
    const some = this.actions.length > 0 ? this.random.pick(this.actions) : null;
    if (!some || roll < 3) {
      this.actions.push(createAction(this.doc, { title: `Action ${this.edits} by ${this.name}`, goalId: this.goalId }, actor));
    } else if (roll < 6) {
      updateAction(this.doc, some, { status: this.random.pick(actionStatuses) }, actor);
    } else if (roll < 9) {
      const notes = textField(this.doc, 'actions', some, 'notes');
      notes.insert(this.random.int(0, notes.length), `${this.edits} `);
    } else {
      deleteAction(this.doc, some);
      this.actions.splice(this.actions.indexOf(some), 1);
    }
    this.edits += 1;
  }
}
