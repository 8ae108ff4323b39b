/**
 * Runs a command (a build) as a child and measures it: wall time and peak memory of the whole
 * process tree. `npm run build` is npm → sh → node (ingest) → node (astro) …, so the child's own
 * peak says little; we sample /proc every 50 ms and keep the largest sum of VmRSS over the tree,
 * and the largest single VmHWM (a process's own exact peak) seen. Linux only.
 *
 * CPU time is summed the same way (user + system of each process in the tree, plus what its finished
 * children used), and kept as the largest sum seen. On a machine that other work loads, wall time
 * stretches with the load but CPU time hardly moves, so it is the figure to compare between runs.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number;
  ms: number;
  /** Largest sampled sum of resident memory over the process tree, in bytes. */
  peakTreeBytes: number;
  /** Largest VmHWM of any one process in the tree, in bytes. */
  peakProcessBytes: number;
  /** CPU time (user + system) of the whole tree, in milliseconds; sampled, so it may miss the last 50 ms. */
  cpuMs: number;
  /**
   * CPU time the rest of the machine used meanwhile (every core's busy time, stolen time included, less the
   * tree's), in milliseconds. It includes the measuring itself (reading /proc every 50 ms, a few percent of
   * a core). Other work makes wall time stretch; this says how much there was.
   */
  otherCpuMs: number;
  /** stdout and stderr interleaved. */
  output: string;
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(name));
      byParent.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return byParent;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** utime + stime + cutime + cstime of a process (fields 14–17 of /proc/<pid>/stat), in ms. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name, field 3 (state) is index 0, so fields 14–17 are indices 11–14.
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i] ?? 0), 0);
    return (ticks * 1000) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** Busy time of all cores since boot, in ms: user, nice, system, irq, softirq and steal from /proc/stat. */
function machineBusyMs(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_S;
}

function sampleTree(root: number): { rss: number; hwm: number; cpu: number } {
  const byParent = children();
  let rss = 0;
  let hwm = 0;
  let cpu = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const m = memoryOf(pid);
    rss += m.rss;
    hwm = Math.max(hwm, m.hwm);
    cpu += cpuOf(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return { rss, hwm, cpu };
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<Measured> {
  const started = performance.now();
  const busyAtStart = machineBusyMs();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakTreeBytes = 0;
  let peakProcessBytes = 0;
  let cpuMs = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const m = sampleTree(child.pid);
    peakTreeBytes = Math.max(peakTreeBytes, m.rss);
    peakProcessBytes = Math.max(peakProcessBytes, m.hwm);
    cpuMs = Math.max(cpuMs, m.cpu);
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const otherCpuMs = Math.max(0, machineBusyMs() - busyAtStart - cpuMs);
      resolve({
        code: code ?? 1,
        ms: performance.now() - started,
        peakTreeBytes,
        peakProcessBytes,
        cpuMs,
        otherCpuMs,
        output,
      });
    });
  });
}
