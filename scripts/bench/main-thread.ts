/**
 * What a content script costs the page's main thread, from two recordings
 * taken together on the page's CDP session:
 * - the V8 sampling profiler (0.1 ms) says which moments are ours: every
 *   sample whose stack passes through the script, forced layouts and lazy
 *   compiles included;
 * - a trace says how much of each main-thread task's wall time the thread
 *   was actually running (its thread time).
 * On a loaded 2-core machine the renderer is often descheduled while the
 * sidebar's own process starts, and a sample then spans time nobody spent;
 * scaling each sample by its task's thread-time share gives the CPU time the
 * extension took from the page. The wall-clock figure is kept beside it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

interface Profile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadCost {
  /** CPU time the script took on the main thread. */
  cpuMs: number;
  /** The same samples counted in wall-clock time. */
  wallMs: number;
  /** The longest unbroken wall-clock run of the script: a lower bound on its longest task. */
  longestMs: number;
}

type Sample = { at: number; span: number } & ({ ours: false } | { ours: true; name: string });

/** Every sample with its wall-clock span in µs; those in the script's stacks are `ours`, named by their function. */
function samplesOf(profile: Profile, scriptPath: string): Sample[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    if (!ours.has(id)) {
      const up = parent.get(id);
      ours.set(id, byId.get(id)!.callFrame.url.includes(scriptPath) || (up !== undefined && isOurs(up)));
    }
    return ours.get(id)!;
  };
  const samples: Sample[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const span = profile.timeDeltas[i + 1] ?? 0;
    if (!isOurs(id)) return samples.push({ at, span, ours: false });
    const frame = byId.get(id)!.callFrame;
    samples.push({ at, span, ours: true, name: `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}` });
  });
  return samples;
}

type Task = { start: number; end: number; running: number };

/**
 * The top-level tasks of the renderer main thread the samples came from (the
 * trace covers every process; the page's is the one whose tasks hold our
 * samples), each with the share of its wall time the thread was running.
 */
function mainThreadTasks(events: TraceEvent[], sampleTimes: number[]): Task[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, Task[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !e.dur || e.tdur === undefined || !mains.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread)!.push({ start: e.ts, end: e.ts + e.dur, running: Math.min(1, e.tdur / e.dur) });
  }
  const covered = (tasks: Task[]) => sampleTimes.filter((t) => tasks.some((task) => task.start <= t && t <= task.end)).length;
  const [best] = [...byThread.values()].map((tasks) => ({ tasks, hits: covered(tasks) })).sort((a, b) => b.hits - a.hits);
  if (!best || best.hits === 0) throw new Error('no renderer main-thread task in the trace holds the profile samples');
  return best.tasks.sort((a, b) => a.start - b.start);
}

function cost(profile: Profile, events: TraceEvent[], scriptPath: string): MainThreadCost {
  const samples = samplesOf(profile, scriptPath);
  const tasks = mainThreadTasks(events, samples.filter((s) => s.ours).map((s) => s.at));
  let task = 0;
  let cpu = 0;
  let wall = 0;
  let run = 0;
  let longest = 0;
  const selfTime = new Map<string, number>();
  for (const sample of samples) {
    if (!sample.ours) {
      run = 0;
      continue;
    }
    while (task < tasks.length && tasks[task]!.end < sample.at) task++;
    const inTask = tasks[task] && tasks[task]!.start <= sample.at ? tasks[task]! : undefined;
    // Outside any recorded task (rare: trace buffers start late): counted in full.
    const running = inTask?.running ?? 1;
    cpu += sample.span * running;
    wall += sample.span;
    run += sample.span;
    longest = Math.max(longest, run);
    selfTime.set(sample.name, (selfTime.get(sample.name) ?? 0) + sample.span * running);
  }
  // BENCH_DETAIL=1 lists where the CPU time went (self time per function, the script's stacks only).
  if (process.env.BENCH_DETAIL) for (const [name, us] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  return { cpuMs: cpu / 1000, wallMs: wall / 1000, longestMs: longest / 1000 };
}

/**
 * Records `work` and returns what the script at `scriptPath` cost the main thread.
 * BENCH_PROFILE=dir keeps the raw profile and trace (DevTools' Performance panel opens both).
 */
export async function measureMainThread<T>(cdp: CDPSession, name: string, scriptPath: string, work: () => Promise<T>): Promise<{ result: T } & MainThreadCost> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  if (process.env.BENCH_PROFILE) {
    writeFileSync(join(process.env.BENCH_PROFILE, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(process.env.BENCH_PROFILE, `${name}.trace.json`), JSON.stringify(events));
  }
  return { result, ...cost(profile, events, scriptPath) };
}
