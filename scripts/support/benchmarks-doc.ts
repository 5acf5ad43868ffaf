import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const DOC = join(__dirname, '../../docs/benchmarks.md');

/** "AMD EPYC … (2 cores), Node v20.x, 2026-12-04": the machine and day a table was measured on. */
export function measuredOn(): string {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? 'unknown CPU'} (${cores.length} cores), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/**
 * Replaces what lies between `<!-- name -->` and `<!-- /name -->` in docs/benchmarks.md with `body`, so a benchmark
 * script keeps its own table current; the markers must already be there (a section's heading and prose are written by hand).
 */
export function writeBenchmarkSection(name: string, body: string): void {
  const text = readFileSync(DOC, 'utf8');
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`docs/benchmarks.md has no ${open} … ${close} section`);
  writeFileSync(DOC, `${text.slice(0, start + open.length)}\n${body.trim()}\n${text.slice(end)}`);
}

/** A markdown table from a header row and body rows. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
