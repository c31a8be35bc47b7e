import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './servers';

/** One line of the table: a measure of one scenario, for Partnerboard and what it is compared with. */
export interface ResultRow {
  scenario: string;
  measure: string;
  unit: string;
  /** Which way is better. */
  better: 'lower' | 'higher';
  partnerboard: number | null;
  /** The reference server's figure, or another comparison named in `comparedWith`; null when there is none. */
  reference: number | null;
  /** What the reference column holds when it is not the reference server. */
  comparedWith?: string;
  note?: string;
}

export interface ScenarioOutcome {
  scenario: string;
  rows: ResultRow[];
  /** Everything measured, for the JSON file. */
  details: Record<string, unknown>;
  /** Why the scenario did not run, when it did not. */
  skipped?: string;
  seconds: number;
}

export interface MachineState {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** 1, 5 and 15 minute load averages. */
  loadAverage: number[];
}

export function machineState(): MachineState {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** Partnerboard's figure over the reference's. */
export function ratio(row: ResultRow): number | null {
  if (row.partnerboard === null || row.reference === null || row.reference === 0) return null;
  return row.partnerboard / row.reference;
}

/** Whether Partnerboard is at least as good as what it is compared with. */
export function targetMet(row: ResultRow): boolean | null {
  if (row.partnerboard === null || row.reference === null) return null;
  return row.better === 'lower' ? row.partnerboard <= row.reference : row.partnerboard >= row.reference;
}

function shown(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The results as a Markdown table (readable in a terminal and pasteable into the docs). */
export function formatTable(outcomes: readonly ScenarioOutcome[]): string {
  const header = ['scenario', 'measure', 'Partnerboard', 'reference', 'ratio', 'at least as good'];
  const lines: string[][] = [];
  for (const outcome of outcomes) {
    if (outcome.skipped) {
      lines.push([outcome.scenario, `skipped: ${outcome.skipped}`, '', '', '', '']);
      continue;
    }
    for (const row of outcome.rows) {
      const r = ratio(row);
      const met = targetMet(row);
      const reference = row.comparedWith && row.reference !== null ? `${shown(row.reference, row.unit)} (${row.comparedWith})` : shown(row.reference, row.unit);
      lines.push([
        row.scenario,
        `${row.measure} (${row.better} is better)${row.note ? `; ${row.note}` : ''}`,
        shown(row.partnerboard, row.unit),
        reference,
        r === null ? '—' : `${r.toFixed(2)}×`,
        met === null ? '—' : met ? 'yes' : 'NO',
      ]);
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

/** Writes the run to bench/results/<name>.json; returns the path. */
export function saveResults(name: string, content: unknown): string {
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
