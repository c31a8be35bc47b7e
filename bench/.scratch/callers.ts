import { readFileSync } from 'node:fs';
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { nodes: Node[]; samples: number[] };
const target = process.argv[3]!;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map<number, number>();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const stacks = new Map<string, number>();
for (const [id, c] of counts) {
  let cur: number | undefined = id; const chain: string[] = []; let hit = false;
  while (cur !== undefined) { const n = byId.get(cur)!; const name = n.callFrame.functionName || '(anon)'; if (name === target) hit = true; if (hit) chain.push(`${name}@${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`); cur = parent.get(cur); }
  if (hit) { const k = chain.slice(0, 8).join(' < '); stacks.set(k, (stacks.get(k) ?? 0) + c); }
}
for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(v, k);
