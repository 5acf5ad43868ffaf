/**
 * A V8 CPU profile (`node --cpu-prof`, or BENCH_HTTP_PROFILE of `npm run bench:http`) drawn as a flame graph: one static
 * SVG file that any browser shows, hovering a frame names it with its share of the samples. Idle and GC samples are left
 * out, so widths are shares of the time the process was busy.
 *   npm run flamegraph -- <profile.cpuprofile> <out.svg> [--focus <regex>]
 * `--focus` keeps only the stacks that pass through a frame matching the regex (e.g. the request path), drawn from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** A frame of the drawn tree: its name, samples under it, and its children by name. */
interface Frame {
  name: string;
  samples: number;
  children: Map<string, Frame>;
}

const WIDTH = 1600;
const ROW = 17;
const MIN_WIDTH_PX = 0.5;
const NOT_WORK = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function frameName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const where = url
    .replace(/^.*\/node_modules\//, '')
    .replace(/^file:\/\//, '')
    .replace(/^.*\/(dist|src|libs)\//, '$1/');
  return `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`;
}

/** Each sample's stack, root first, merged into one tree (optionally re-rooted at the first frame matching `focus`). */
function treeOf(profile: CpuProfile, focus?: RegExp): Frame {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const root: Frame = { name: 'all busy samples', samples: 0, children: new Map() };
  for (const sample of profile.samples) {
    const leaf = byId.get(sample)!;
    if (NOT_WORK.has(leaf.callFrame.functionName)) continue;
    let stack: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      const { callFrame } = byId.get(id)!;
      if (callFrame.functionName !== '(root)') stack.push(frameName(callFrame));
    }
    stack.reverse();
    if (focus) {
      const at = stack.findIndex((name) => focus.test(name));
      if (at < 0) continue;
      stack = stack.slice(at);
    }
    root.samples++;
    let frame = root;
    for (const name of stack) {
      let child = frame.children.get(name);
      if (!child) frame.children.set(name, (child = { name, samples: 0, children: new Map() }));
      child.samples++;
      frame = child;
    }
  }
  return root;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A warm colour per name, stable across runs, so one frame looks the same in two graphs. */
function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${10 + (hash % 45)}, ${70 + (hash % 20)}%, ${55 + (hash % 15)}%)`;
}

function render(root: Frame, title: string): string {
  const rects: string[] = [];
  let depth = 0;
  const draw = (frame: Frame, x: number, level: number) => {
    const width = (frame.samples / root.samples) * WIDTH;
    if (width < MIN_WIDTH_PX) return;
    depth = Math.max(depth, level);
    const share = ((100 * frame.samples) / root.samples).toFixed(1);
    const label = width > 40 ? escapeXml(frame.name.slice(0, Math.floor(width / 7))) : '';
    rects.push(
      `<g><title>${escapeXml(frame.name)} — ${share}% (${frame.samples} samples)</title>` +
        `<rect x="${x.toFixed(1)}" y="{y${level}}" width="${width.toFixed(1)}" height="${ROW - 1}" fill="${colourOf(frame.name)}"/>` +
        `<text x="${(x + 3).toFixed(1)}" y="{t${level}}">${label}</text></g>`,
    );
    let childX = x;
    for (const child of [...frame.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      draw(child, childX, level + 1);
      childX += (child.samples / root.samples) * WIDTH;
    }
  };
  draw(root, 0, 0);
  const height = (depth + 1) * ROW + 40;
  // Flames grow upwards: level 0 at the bottom.
  const body = rects
    .join('\n')
    .replace(/\{y(\d+)\}/g, (_, level: string) => String(height - 10 - (Number(level) + 1) * ROW))
    .replace(/\{t(\d+)\}/g, (_, level: string) => String(height - 10 - Number(level) * ROW - 5));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="monospace" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="4" y="16" font-size="14">${escapeXml(title)} — ${root.samples} busy samples</text>`,
    body,
    '</svg>',
  ].join('\n');
}

function main(): void {
  const [input, output, flag, pattern] = process.argv.slice(2);
  if (!input || !output || (flag !== undefined && (flag !== '--focus' || !pattern)))
    throw new Error('usage: npm run flamegraph -- <profile.cpuprofile> <out.svg> [--focus <regex>]');
  const profile = JSON.parse(readFileSync(input, 'utf8')) as CpuProfile;
  const focus = pattern ? new RegExp(pattern) : undefined;
  const tree = treeOf(profile, focus);
  writeFileSync(output, render(tree, `${input.split('/').pop()}${focus ? ` from ${pattern}` : ''}`));
  process.stdout.write(`${output}: ${tree.samples} samples drawn\n`);
}

main();
