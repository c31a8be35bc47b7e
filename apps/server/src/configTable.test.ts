import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envSchema } from './config.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tablePath = 'docs/operations.md';

interface TableRow {
  variable: string;
  defaultText: string;
}

/** The rows of the configuration table: the first Markdown table under "## Configure". */
function readTable(): TableRow[] {
  const text = readFileSync(resolve(repoRoot, tablePath), 'utf8');
  const section = text.split(/^## Configure$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [variable = '', defaultText = ''] = line.split('|').slice(1, 3).map((cell) => cell.trim().replace(/^`|`$/g, ''));
      return { variable, defaultText };
    });
}

/** How the table writes a default: "unset" when there is none, a path relative to the repository. */
function shownDefault(value: unknown): string {
  if (value === undefined) return 'unset';
  if (typeof value === 'string' && isAbsolute(value)) return relative(repoRoot, value);
  return String(value);
}

describe(`the configuration table in ${tablePath}`, () => {
  const rows = readTable();

  it('names every variable the server reads, once each, and nothing else', () => {
    const names = rows.map((row) => row.variable);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("gives each variable the schema's default", () => {
    for (const row of rows) {
      const field = envSchema.shape[row.variable as keyof typeof envSchema.shape];
      const parsed = field.safeParse(undefined);
      expect(parsed.success, row.variable).toBe(true);
      expect(row.defaultText.replace(/^\.\//, ''), row.variable).toBe(shownDefault(parsed.data));
    }
  });
});
