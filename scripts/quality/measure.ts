/**
 * Runs a command (a build) as a child and measures it: wall time and peak memory of the whole
 * process tree. `npm run build` is npm → sh → node (ingest) → node (astro) …, so the child's own
 * peak says little; we sample /proc every 50 ms and keep the largest sum of VmRSS over the tree,
 * and the largest single VmHWM (a process's own exact peak) seen. Linux only.
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

function sampleTree(root: number): { rss: number; hwm: number } {
  const byParent = children();
  let rss = 0;
  let hwm = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const m = memoryOf(pid);
    rss += m.rss;
    hwm = Math.max(hwm, m.hwm);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return { rss, hwm };
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<Measured> {
  const started = performance.now();
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
  const sample = () => {
    if (child.pid === undefined) return;
    const m = sampleTree(child.pid);
    peakTreeBytes = Math.max(peakTreeBytes, m.rss);
    peakProcessBytes = Math.max(peakProcessBytes, m.hwm);
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakTreeBytes, peakProcessBytes, output });
    });
  });
}
