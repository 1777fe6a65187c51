/**
 * Where a server process's CPU goes, for `npm run bench:proxy -- --perf`: Linux `perf record -e cpu-clock`
 * samples the process only while it runs on a CPU (all its threads: JIT, GC helpers, libuv), so unlike a
 * V8 CPU profile, which samples wall-clock time, it is not skewed by the other processes that share the
 * cores (Postgres, the load generator, the other server). The servers run with
 * `--perf-basic-prof-only-functions`, which names JIT-compiled JavaScript frames for perf.
 *
 * Each sample is put in the category of the first frame, from the leaf outwards, that one of
 * CATEGORIES recognises: a sample in `Buffer.from` called by pg's parser counts as pg; one in the
 * kernel, entered from a socket write, counts as kernel (perf does not join kernel and user stacks
 * here). The numbers are shares of the samples; the benchmark turns them into µs per request with
 * each side's CPU per request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** In order: the first that matches a frame names the sample's category. */
const CATEGORIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['V8 garbage collection', /Heap::|Scavenger|MarkCompact|Sweeper|ConcurrentMarking|MinorMark|GCTracer|heap::base|cppgc|IncrementalMarking|MemoryAllocator/],
  ['V8 compiling (JIT)', /compiler::|Compile|Turbofan|Maglev|baseline::|Parser::|BytecodeGenerator|TieringManager/],
  ['Nest adapter hooks', /@nestjs\/platform-fastify/],
  ['Nest middleware (middie)', /@fastify\/middie/],
  ['input guard', /common\/src\/http\/input-guard/],
  ['request log', /common\/src\/logging\//],
  ['metrics (prom-client, hooks)', /common\/src\/metrics\/|proxy-calls\.metrics|node_modules\/prom-client/],
  ['request id, drain (response-headers hook)', /common\/src\/http\/(create-app|response-headers)/],
  ['hot-path wrapper, body check', /proxy-hot-path|errors\/fast-body/],
  ['credential check', /proxy-auth\.guard|installation-context|JS:\*?authenticate /],
  ['domain code and signing', /proxy-protocol|license-state|usage-reports\.service|document-issuer|signing-keys|canonical/],
  ['bare server code', /proxy-bare-server/],
  ['body validation (ajv)', /node_modules\/ajv|JS:\*?validate\d* /],
  ['answer serialisation', /fast-json-stringify|JS:\*?anonymous\d* /],
  ['pg driver and pool', /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//],
  ['TypeORM', /node_modules\/typeorm\//],
  ['statements (db/prepared)', /src\/db\/prepared/],
  ['Fastify', /node_modules\/(fastify|find-my-way|avvio|secure-json-parse|fast-querystring|light-my-request)\//],
  ['Redis clients (ioredis, BullMQ)', /node_modules\/(ioredis|bullmq)\//],
  ['Node HTTP and streams', /node:_http|node:net|stream_base|node:internal\/streams|llhttp|HTTPParser/],
  ['Node crypto', /node:internal\/crypto|node::crypto|EVP_|ED25519|SHA256|libcrypto/],
  ['Node, other', /node:/],
  ['kernel (syscalls, scheduling)', /\[kernel\.kallsyms\]/],
  ['malloc and libc', /libc\.so|libstdc\+\+/],
];
const OTHER = 'other (V8 builtins, runtime)';

export interface PerfRecording {
  /** Stops recording and returns the share of samples per category (0..1), with the sample count. */
  stop(): Promise<{ samples: number; shares: Map<string, number> }>;
}

/** Whether `perf` can record this machine's processes (software cpu-clock events, no PMU needed). */
export function perfAvailable(): boolean {
  return ['/usr/bin/perf', '/usr/local/bin/perf'].some((p) => existsSync(p));
}

/** Records the process's CPU samples into `file` until stopped. */
export function recordPerf(pid: number, file: string): PerfRecording {
  const recorder: ChildProcess = spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', '999', '-g', '-p', String(pid), '-o', file], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => recorder.once('exit', () => resolve()));
  return {
    async stop() {
      recorder.kill('SIGINT');
      await exited;
      const result = await categorise(file);
      rmSync(file, { force: true });
      return result;
    },
  };
}

async function categorise(file: string): Promise<{ samples: number; shares: Map<string, number> }> {
  const script = spawn('perf', ['script', '-i', file], { stdio: ['ignore', 'pipe', 'ignore'] });
  const counts = new Map<string, number>();
  let samples = 0;
  let frames: string[] = [];
  const flush = () => {
    if (frames.length === 0) return;
    samples++;
    let category = OTHER;
    outer: for (const frame of frames) {
      for (const [name, pattern] of CATEGORIES) {
        if (pattern.test(frame)) {
          category = name;
          break outer;
        }
      }
    }
    counts.set(category, (counts.get(category) ?? 0) + 1);
    frames = [];
  };
  // A sample is a header line ("node 123 45.6: 1001 cpu-clock:") followed by one indented line per frame.
  for await (const line of createInterface({ input: script.stdout })) {
    if (/^\S/.test(line)) flush();
    else if (line.trim() !== '') frames.push(line.trim());
  }
  flush();
  const shares = new Map([...counts].map(([name, n]) => [name, n / Math.max(1, samples)]));
  return { samples, shares };
}

/** The Node flag that makes JIT frames readable to perf; its map files are removed by `removePerfMaps`. */
export const PERF_NODE_FLAGS = ['--perf-basic-prof-only-functions'];

export function removePerfMaps(pids: number[]): void {
  for (const pid of pids) rmSync(`/tmp/perf-${pid}.map`, { force: true });
}
