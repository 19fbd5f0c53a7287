/**
 * Summaries of a V8 CPU profile (from CDP `Profiler.stop`): self and total
 * time per function, time per React component (render, commit, GC), and a
 * timeline of phases in order. Used by bench/profile.ts.
 */
export interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const COMPONENT = /^[A-Z][A-Za-z]+\$?\d*$/;
const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${ms(v)}  ${k}`).join('\n');

/** Each sample's call stack, outermost first, by function name. */
function stacks(profile: Profile): { chain: string[]; dt: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return profile.samples.map((id, i) => {
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const { functionName, url, lineNumber } = byId.get(cur)!.callFrame;
      chain.unshift(`${functionName || '(anonymous)'}\u0000${url.split('/').pop()}:${lineNumber + 1}`);
    }
    return { chain, dt: (profile.timeDeltas[i] ?? 0) / 1000 };
  });
}

const fnName = (frame: string) => frame.split('\u0000')[0]!;
const located = (frame: string) => frame.replace('\u0000', ' ');

/** The functions with the most self time and the most total time. */
export function selfAndTotal(profile: Profile, topTotal: number): string {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const { chain, dt } of stacks(profile)) {
    const leaf = located(chain[chain.length - 1]!);
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    for (const frame of new Set(chain.map(located))) total.set(frame, (total.get(frame) ?? 0) + dt);
  }
  return `\nSelf time:\n${top(self, 25)}\n\nTotal time:\n${top(total, topTotal)}`;
}

/**
 * Render, commit and GC time by the innermost React component on the stack; with `where`, by the
 * innermost of those function names instead (first, when `whereFirst`), to split React's own work.
 */
export function byComponent(profile: Profile, where: readonly string[], whereFirst: boolean): string {
  const sums = new Map<string, number>();
  for (const { chain: frames, dt } of stacks(profile)) {
    const chain = frames.map(fnName);
    const phase = chain.includes('commitRoot') ? 'commit' : chain.includes('renderRootSync') ? 'render' : chain.includes('(garbage collector)') ? 'gc' : null;
    if (!phase) continue;
    const inner = [...chain].reverse();
    const name = (whereFirst ? inner.find((f) => where.includes(f)) : undefined) ?? inner.find((f) => COMPONENT.test(f))
      ?? (where.length ? chain.filter((f) => where.includes(f)).join('>') || chain[chain.length - 1] : '-');
    sums.set(`${phase} ${name}`, (sums.get(`${phase} ${name}`) ?? 0) + dt);
  }
  return `\nBy component:\n${top(sums, 30)}`;
}

/** Phases in time order: each sample is named by the outer frames that are `phases`, plus the component rendering. */
export function timeline(profile: Profile, phases: readonly string[]): string {
  const segments: [string, number][] = [];
  for (const { chain: frames, dt } of stacks(profile)) {
    const chain = frames.map(fnName);
    const component = chain.includes('renderRootSync') ? [...chain].reverse().find((f) => COMPONENT.test(f) && !phases.includes(f)) : undefined;
    const label = (chain.filter((f) => phases.includes(f)).join(' > ') || chain[chain.length - 1]!) + (component ? ` [${component}]` : '');
    const last = segments[segments.length - 1];
    if (last && last[0] === label) last[1] += dt; else segments.push([label, dt]);
  }
  return segments.filter(([, t]) => t >= 0.2).map(([label, t]) => `${t.toFixed(2).padStart(7)} ms  ${label}`).join('\n');
}
