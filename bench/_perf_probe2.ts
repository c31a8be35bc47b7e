import * as Y from 'yjs';
import { createGoal } from '../packages/board/src/index';
import { SyncClient } from './harness/SyncClient';
const base = 'http://127.0.0.1:18975';
const r = await fetch(`${base}/api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'B', template: 'blank' }) });
const { id, tokens } = (await r.json()) as { id: string; tokens: { editor: string } };
for (let i = 0; i < 3; i++) {
  const doc = new Y.Doc();
  const c = await SyncClient.open(`ws://127.0.0.1:18975/sync/${id}?token=${tokens.editor}&name=a&org=b`, { doc });
  await c.synced; createGoal(doc, { title: 'x' }); await c.acknowledged(); await c.close();
}
