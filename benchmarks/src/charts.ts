// SVG charts of a suite run, drawn with Vega-Lite compiled to Vega and rendered headless
// (View.toSVG needs no browser and no canvas; text widths are estimated).
//   ratio.svg   wall time relative to CPython, per program and backend (and the geometric mean)
//   pauses.svg  pause-time distribution per program, generational against CPython (log scale)
//   mmu.svg     minimum mutator utilisation against window size, per program
//   memory.svg  peak modelled heap per program and backend (log scale)

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { MMU_CURVE_WINDOWS_MS, ratioToCPython, type Target } from 'pyarena/bench';
import { BACKEND_TARGETS, PAUSE_TARGETS, ratioSummary, type SuiteResults } from './results';

type Spec = vl.TopLevelSpec;

const COLORS: Record<Target, string> = {
  cpython: '#4c78a8',
  pymalloc: '#9d9d9d',
  refcount: '#f58518',
  generational: '#54a24b',
  incremental: '#e45756',
  marksweep: '#b279a2',
};

function colorScale(targets: Target[]) {
  return { domain: targets, range: targets.map((t) => COLORS[t]) };
}

const CONFIG = { font: 'sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } };

export async function toSvg(spec: Spec): Promise<string> {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

export function ratioChart(r: SuiteResults): Spec | null {
  const backends = BACKEND_TARGETS.filter((b) => r.options.targets.includes(b));
  if (!r.options.targets.includes('cpython')) return null;
  const values: { program: string; backend: string; ratio: number }[] = [];
  for (const p of r.programs) {
    for (const b of backends) {
      const v = ratioToCPython(p, b);
      if (Number.isFinite(v)) values.push({ program: p.name, backend: b, ratio: v });
    }
  }
  for (const g of ratioSummary(r)) if (Number.isFinite(g.wall)) values.push({ program: 'geometric mean', backend: g.target, ratio: g.wall });
  const order = [...r.programs.map((p) => p.name), 'geometric mean'];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Wall time relative to CPython 3.11 (1 = as fast; lower is better)', anchor: 'start' },
    config: CONFIG,
    data: { values },
    width: 520,
    height: { step: 9 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'program', type: 'nominal', sort: order, title: null },
      yOffset: { field: 'backend', type: 'nominal', sort: backends },
      x: { field: 'ratio', type: 'quantitative', title: 'times slower than CPython' },
      color: { field: 'backend', type: 'nominal', scale: colorScale(backends), legend: { title: 'backend', orient: 'bottom' } },
      tooltip: [{ field: 'program' }, { field: 'backend' }, { field: 'ratio', format: '.2f' }],
    },
  };
}

export function pauseChart(r: SuiteResults): Spec | null {
  const targets = PAUSE_TARGETS.filter((t) => r.options.targets.includes(t));
  const values: Record<string, string | number>[] = [];
  for (const p of r.programs) {
    for (const tn of targets) {
      const t = p.targets.find((x) => x.target === tn);
      if (t === undefined || t.status !== 'ok' || t.pauses.count === 0) continue;
      const q = t.pauses;
      const floor = (v: number) => Math.max(v, 0.001);
      values.push({
        program: p.name,
        target: tn,
        min: floor(q.minMs),
        p25: floor(q.p25Ms),
        p50: floor(q.p50Ms),
        p75: floor(q.p75Ms),
        p99: floor(q.p99Ms),
        max: floor(q.maxMs),
      });
    }
  }
  if (values.length === 0) return null;
  const x = (field: string, title: string | null = null) => ({
    field,
    type: 'quantitative' as const,
    scale: { type: 'log' as const },
    title,
  });
  const y = { field: 'program', type: 'nominal' as const, title: null, sort: r.programs.map((p) => p.name) };
  const yOffset = { field: 'target', type: 'nominal' as const, sort: targets };
  const color = { field: 'target', type: 'nominal' as const, scale: colorScale(targets), legend: { title: null, orient: 'bottom' as const } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'GC pause times (ms, log scale): min–max whiskers, p25–p75 box, median tick, p99 dot',
      subtitle: 'pymalloc and refcount have no collector and never pause',
      anchor: 'start',
    },
    config: CONFIG,
    data: { values },
    width: 520,
    height: { step: 12 },
    encoding: { y, yOffset, color },
    layer: [
      { mark: { type: 'rule' }, encoding: { x: x('min', 'pause (ms)'), x2: { field: 'max' } } },
      { mark: { type: 'bar', size: 8 }, encoding: { x: x('p25'), x2: { field: 'p75' } } },
      { mark: { type: 'tick', color: 'black', size: 10, thickness: 1.5 }, encoding: { x: x('p50') } },
      { mark: { type: 'point', filled: true, size: 22, color: 'black' }, encoding: { x: x('p99') } },
    ],
  } as Spec;
}

export function mmuChart(r: SuiteResults): Spec | null {
  const targets = PAUSE_TARGETS.filter((t) => r.options.targets.includes(t));
  const values: { program: string; target: string; window: number; mmu: number }[] = [];
  const withPauses = r.programs.filter((p) => p.targets.some((t) => targets.includes(t.target) && t.status === 'ok' && t.pauses.count > 0));
  for (const p of withPauses) {
    for (const t of p.targets) {
      if (!targets.includes(t.target) || t.status !== 'ok') continue;
      t.mmuCurve.forEach((v, i) => {
        if (v !== null) values.push({ program: p.name, target: t.target, window: MMU_CURVE_WINDOWS_MS[i]!, mmu: v });
      });
    }
  }
  if (values.length === 0) return null;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Minimum mutator utilisation against window size (higher is better)', anchor: 'start' },
    config: CONFIG,
    data: { values },
    facet: { field: 'program', type: 'nominal', title: null, sort: withPauses.map((p) => p.name) },
    columns: 4,
    spec: {
      width: 150,
      height: 110,
      mark: { type: 'line', point: { size: 12 } },
      encoding: {
        x: { field: 'window', type: 'quantitative', scale: { type: 'log' }, axis: { grid: false, values: [1, 10, 100, 1000] }, title: 'window (ms)' },
        y: { field: 'mmu', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '%' }, title: 'MMU' },
        color: { field: 'target', type: 'nominal', scale: colorScale(targets), legend: { title: null, orient: 'bottom' } },
      },
    },
  } as Spec;
}

export function memoryChart(r: SuiteResults): Spec | null {
  const backends = BACKEND_TARGETS.filter((b) => r.options.targets.includes(b));
  const values: { program: string; backend: string; mib: number }[] = [];
  for (const p of r.programs) {
    for (const b of backends) {
      const t = p.targets.find((x) => x.target === b);
      if (t !== undefined && t.status === 'ok' && t.peakHeapBytes !== null) {
        values.push({ program: p.name, backend: b, mib: Math.max(t.peakHeapBytes / 2 ** 20, 0.01) });
      }
    }
  }
  if (values.length === 0) return null;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Peak modelled heap (MiB, log scale)', anchor: 'start' },
    config: CONFIG,
    data: { values },
    width: 520,
    height: { step: 9 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'program', type: 'nominal', sort: r.programs.map((p) => p.name), title: null },
      yOffset: { field: 'backend', type: 'nominal', sort: backends },
      x: { field: 'mib', type: 'quantitative', scale: { type: 'log', domainMin: 0.01 }, title: 'MiB' },
      // A log scale has no zero: bars start at the axis' left end.
      x2: { datum: 0.01 },
      color: { field: 'backend', type: 'nominal', scale: colorScale(backends), legend: { title: 'backend', orient: 'bottom' } },
    },
  };
}

/** Renders every chart that has data into `dir`; returns the file names written. */
export async function renderCharts(r: SuiteResults, dir: string): Promise<string[]> {
  const charts: [string, Spec | null][] = [
    ['ratio.svg', ratioChart(r)],
    ['pauses.svg', pauseChart(r)],
    ['mmu.svg', mmuChart(r)],
    ['memory.svg', memoryChart(r)],
  ];
  const written: string[] = [];
  for (const [name, spec] of charts) {
    if (spec === null) continue;
    writeFileSync(join(dir, name), await toSvg(spec));
    written.push(name);
  }
  return written;
}
