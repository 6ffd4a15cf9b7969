// What a Chromium trace's long main-thread tasks spent their thread time on: for every top-level
// task (RunTask) over a limit, the self thread time (tdur minus its children's) of each traced
// kind of work inside it (FunctionCall, Layout, Paint, MinorGC, ...), and, from the trace's
// sampling CPU profile (category disabled-by-default-v8.cpu_profiler), the JS functions the
// samples taken inside those tasks fell in. A reading aid for the benches; asserts nothing.

/** The trace categories these causes are read from, besides the timeline's. */
export const CAUSES = [
  'toplevel',
  'mojom',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'disabled-by-default-v8.gc',
];

/** The renderer main thread's events: 'pid:tid' of the thread named CrRendererMain. */
export function mainThread(events) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  return (e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
}

/**
 * The tasks (of `tasks`, the main thread's RunTask events) that ran a DevTools command (the test
 * driver's, e.g. Playwright's locator polling): they hold a 'Receive mojo message' of
 * blink.mojom.DevToolsSession (the trace needs category mojom). Returns a Set of them.
 */
export function driverTasks(events, tasks) {
  const commands = events.filter(
    (e) =>
      e.name === 'Receive mojo message' &&
      e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession',
  );
  return new Set(
    tasks.filter((t) =>
      commands.some(
        (c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts <= t.ts + t.dur,
      ),
    ),
  );
}

/**
 * Each 'X' event's self time in µs: its `key` (tdur, thread time, or dur, wall time) less its
 * direct children's.
 */
function selfTimes(list, key) {
  const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map(sorted.map((e) => [e, e[key] ?? 0]));
  const open = [];
  for (const e of sorted) {
    while (open.length && open[open.length - 1].ts + open[open.length - 1].dur <= e.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) self.set(parent, self.get(parent) - (e[key] ?? 0));
    open.push(e);
  }
  return self;
}

/**
 * The CPU profile's samples on the main thread as [{ ts, frames }] (frames: the stack's
 * function names, innermost first, '(program)' and the like included).
 */
function samples(events, isMain) {
  const profiles = new Map(); // profile id -> { nodes: Map(id -> node), ts }
  const out = [];
  for (const e of events) {
    if (e.name === 'Profile' && isMain(e))
      profiles.set(e.id, { nodes: new Map(), ts: e.args.data.startTime });
    if (e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue;
    const profile = profiles.get(e.id);
    const { cpuProfile, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.ts += timeDeltas[i] ?? 0;
      const frames = [];
      for (let n = profile.nodes.get(id); n; n = profile.nodes.get(n.parent))
        frames.push(n.callFrame.functionName || `(anonymous ${n.callFrame.url?.split('/').pop()})`);
      out.push({ ts: profile.ts, frames });
    });
  }
  return out;
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, v]) => `${name} ${v.toFixed(0)}`)
    .join(', ');

/**
 * Prints, for those of `tasks` (main-thread RunTask events) over limitUs of `key` (tdur, thread
 * time, by default; dur, wall time, as a long-task observer counts): each task's start (ms after
 * the trace's first task) and largest kinds of work; the kinds summed over them; and the JS
 * functions their profile samples were in (by self and by inclusive count, in samples).
 */
export function printLongTaskCauses(events, tasks, limitUs, key = 'tdur') {
  const isMain = mainThread(events);
  const onMain = events.filter((e) => e.ph === 'X' && isMain(e));
  const long = tasks.filter((e) => (e[key] ?? 0) > limitUs).sort((a, b) => a.ts - b.ts);
  const start = Math.min(...tasks.map((t) => t.ts));
  const inside = (t, ts) => ts >= t.ts && ts <= t.ts + t.dur;
  const total = new Map();
  const taken = samples(events, isMain);
  const what = key === 'tdur' ? 'thread CPU' : 'wall time';
  console.log(`tasks over ${limitUs / 1000} ms of ${what}, by kind of work (self ms):`);
  for (const task of long) {
    const within = onMain.filter((e) => inside(task, e.ts) && inside(task, e.ts + e.dur));
    const kinds = new Map();
    for (const [e, us] of selfTimes(within, key)) {
      const name =
        e.name === 'FunctionCall' ? `FunctionCall(${e.args?.data?.functionName || '?'})` : e.name;
      kinds.set(name, (kinds.get(name) ?? 0) + us / 1000);
      total.set(e.name, (total.get(e.name) ?? 0) + us / 1000);
    }
    const at = ((task.ts - start) / 1000).toFixed(0);
    console.log(`  at ${at}, ${(task[key] / 1000).toFixed(0)} ms: ${top(kinds, 6)}`);
    // The JS functions the task's profile samples fell in, by self and by inclusive count.
    const [self, inclusive] = [new Map(), new Map()];
    for (const { frames } of taken.filter((s) => inside(task, s.ts))) {
      self.set(frames[0], (self.get(frames[0]) ?? 0) + 1);
      for (const name of new Set(frames)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
    if (self.size) console.log(`    JS by self: ${top(self, 6)}; inclusive: ${top(inclusive, 12)}`);
  }
  console.log(`  summed: ${top(total, 12)}`);
  const whole = new Map();
  for (const [e, us] of selfTimes(onMain, key))
    whole.set(e.name, (whole.get(e.name) ?? 0) + us / 1000);
  const layouts = onMain.filter((e) => e.name === 'Layout');
  const fromRoot = layouts.filter((e) =>
    e.args?.endData?.layoutRoots?.some((r) => r.nodeName === '#document'),
  );
  console.log(`all tasks, by kind of work (self ms): ${top(whole, 12)}`);
  console.log(`  layouts ${layouts.length} (${fromRoot.length} from the document)`);
  const selfFn = new Map();
  const inclusive = new Map();
  for (const s of taken) {
    if (!long.some((t) => inside(t, s.ts))) continue;
    selfFn.set(s.frames[0], (selfFn.get(s.frames[0]) ?? 0) + 1);
    for (const name of new Set(s.frames)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
  console.log(`  JS samples by self: ${top(selfFn, 15)}`);
  console.log(`  JS samples inclusive: ${top(inclusive, 25)}`);
}
