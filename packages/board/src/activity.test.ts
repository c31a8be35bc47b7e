import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf, continuesActivity, foldActivityChanges, type ActivityChange } from './activity.js';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { addComment } from './comments.js';
import { createDecision } from './decisions.js';
import { deleteGoal, updateGoal } from './goals.js';
import { createRisk } from './risks.js';
import { replica, smallBoard } from './test-support.js';

/** The server's copy of `board` and a client's, and a way to send the client's changes to the server and hear them in words. */
function setUp() {
  const board = smallBoard();
  const action = createAction(board.doc, { title: 'Arrange home care package', goalId: board.goal, ownerId: board.priya });
  const server = replica(board.doc);
  const client = replica(board.doc);
  const send = (): string[] => sendChanges().map(({ text }) => text);
  const sendChanges = (): ActivityChange[] => {
    const heard: ActivityChange[] = [];
    const listen = (transaction: Y.Transaction) => heard.push(...activityOf(transaction));
    server.on('afterTransaction', listen);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    server.off('afterTransaction', listen);
    return heard;
  };
  return { ...board, action, server, client, send, sendChanges };
}

describe('activityOf', () => {
  it('says an action moved to another column, by the column’s name', () => {
    const { client, action, send } = setUp();
    moveAction(client, action, { status: 'done' });
    expect(send()).toEqual(["moved 'Arrange home care package' to Done"]);
  });

  it('says an action was added, with the goal it serves', () => {
    const { client, goal, send } = setUp();
    createAction(client, { title: 'Fit a key safe', goalId: goal });
    expect(send()).toEqual(["added the action 'Fit a key safe' to the goal 'Arthur gets home safely'"]);
  });

  it('says a due date in words and an owner by name', () => {
    const { client, action, joanne, send } = setUp();
    updateAction(client, action, { dueDate: '2026-12-12', ownerId: joanne });
    expect(send().sort()).toEqual(["assigned 'Arrange home care package' to Joanne Evans", "set the due date of 'Arrange home care package' to 12 Dec 2026"]);
  });

  it('says a goal was marked at risk', () => {
    const { client, goal, send } = setUp();
    updateGoal(client, goal, { status: 'at_risk' });
    expect(send()).toEqual(["marked the goal 'Arthur gets home safely' at risk"]);
  });

  it('says a decision was recorded and a risk raised', () => {
    const { client, send } = setUp();
    createDecision(client, { title: 'Use the council’s reablement team' });
    createRisk(client, { title: 'No carers free in December' });
    expect(send()).toEqual(["recorded the decision 'Use the council’s reablement team'", "raised the risk 'No carers free in December'"]);
  });

  it('names a deleted action by the title it had', () => {
    const { client, action, send } = setUp();
    deleteAction(client, action);
    expect(send()).toEqual(["deleted the action 'Arrange home care package'"]);
  });

  it('says a goal deleted with its actions in one line', () => {
    const { client, goal, send } = setUp();
    deleteGoal(client, goal, { actions: 'delete' });
    expect(send()).toEqual(["deleted the goal 'Arthur gets home safely' and its action"]);
  });

  it('says a rename with the old and the new title', () => {
    const { client, action, send } = setUp();
    updateAction(client, action, { title: 'Start the home care package' });
    expect(send()).toEqual(["renamed the action 'Arrange home care package' to 'Start the home care package'"]);
  });

  it('says typing in the notes as an edit of the notes', () => {
    const { client, action, send } = setUp();
    updateAction(client, action, { notes: 'Call the agency on Monday' });
    expect(send()).toEqual(["edited the notes of 'Arrange home care package'"]);
  });

  it('says a comment by the item it is on', () => {
    const { client, action, send } = setUp();
    addComment(client, { itemId: action, text: 'Agency confirmed', authorName: 'Someone else entirely' });
    expect(send()).toEqual(["commented on 'Arrange home care package'"]);
  });

  it('says a deleted action once, not also the decisions and comments it is taken out of', () => {
    const { client, action, send } = setUp();
    createDecision(client, { title: 'Use the agency', actionIds: [action] });
    addComment(client, { itemId: action, text: 'Agency confirmed', authorName: 'Priya Shah' });
    send();
    deleteAction(client, action);
    expect(send()).toEqual(["deleted the action 'Arrange home care package'"]);
  });

  it('reads a board that does not keep to the shape without failing', () => {
    const { client, action, send } = setUp();
    client.transact(() => {
      (client.getMap('actions').get(action) as Y.Map<unknown>).set('title', 42);
      client.getMap('goals').set('not-a-map', 'just text');
      client.getMap('risks').set('risk-without-fields', new Y.Map());
    });
    expect(send()).toEqual(["raised the risk ''", "renamed the action 'Arrange home care package' to '42'"]);
  });

  it('says nothing of a change that changes nothing anyone reads', () => {
    const { client, action, send } = setUp();
    updateAction(client, action, { title: 'Arrange home care package' });
    expect(send()).toEqual([]);
  });
});

describe('folding', () => {
  it('folds two changes to one field of one item into one, from the first value to the last', () => {
    const { client, action, sendChanges } = setUp();
    updateAction(client, action, { title: 'Book carers' });
    const [first] = sendChanges();
    updateAction(client, action, { title: 'Book carers for December' });
    const [second] = sendChanges();
    expect(first && second && continuesActivity(first, second)).toBe(true);
    expect(first && second && foldActivityChanges(first, second).text).toBe("renamed the action 'Arrange home care package' to 'Book carers for December'");
  });

  it('does not fold changes to different fields', () => {
    const { client, action, sendChanges } = setUp();
    moveAction(client, action, { status: 'in_progress' });
    const [first] = sendChanges();
    updateAction(client, action, { priority: 'high' });
    const [second] = sendChanges();
    expect(first && second && continuesActivity(first, second)).toBe(false);
  });
});
