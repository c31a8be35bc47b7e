import { readFileSync } from 'node:fs';
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }
const file = process.argv[2]!;
const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
const total = p.samples.length;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const incl = new Map<string, number>();
const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\/\.pnpm\//, '').replace('file:///work/main/', '')}:${n.callFrame.lineNumber}`;
const counts = new Map<number, number>();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, c] of counts) {
  const n = byId.get(id)!;
  self.set(key(n), (self.get(key(n)) ?? 0) + c);
  const seen = new Set<string>();
  let cur: number | undefined = id;
  while (cur !== undefined) { const k = key(byId.get(cur)!); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + c); } cur = parent.get(cur); }
}
const ms = (p.endTime - p.startTime) / 1000;
console.log(`samples ${total}, span ${ms.toFixed(0)} ms`);
const idle = [...self].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
console.log(`idle ${(100 * idle / total).toFixed(1)}%`);
const top = (m: Map<string, number>, n: number, filter = (_: string) => true) => [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log('--- self'); console.log(top(self, Number(process.argv[3] ?? 30)));
console.log('--- inclusive (apps/packages)'); console.log(top(incl, Number(process.argv[4] ?? 40), (k) => /apps\/|packages\/|bench\//.test(k)));
