/**
 * The load generator of `npm run bench:proxy`, in a process of its own (never inside a measured
 * server): autocannon against one endpoint for one round. Each request authenticates as the next
 * seeded installation; usage reports carry a fresh reportId each. Input: one JSON argument
 * ({ url, endpoint, connections, seconds, idsFile, secret, tag }); output: one JSON line on stdout.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export type Endpoint = 'refresh' | 'usage report' | 'enrollment check';

export interface LoadInput {
  url: string;
  endpoint: Endpoint;
  connections: number;
  seconds: number;
  /** The installation ids, one a line (too many for a command line). */
  idsFile: string;
  secret: string;
  /** Unique per round: report ids never repeat across rounds. */
  tag: string;
}

export interface LoadOutput {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const PATHS: Record<Endpoint, string> = {
  refresh: '/proxy/v1/refresh',
  'usage report': '/proxy/v1/usage-reports',
  'enrollment check': '/proxy/v1/enrollment-checks',
};

const input = JSON.parse(process.argv[2] ?? '{}') as LoadInput;
const ids = readFileSync(input.idsFile, 'utf8').split('\n').filter(Boolean);
let n = 0;
const result = await autocannon({
  url: input.url,
  connections: input.connections,
  duration: input.seconds,
  requests: [
    {
      method: 'POST',
      path: PATHS[input.endpoint],
      setupRequest: (request) => {
        const i = n++;
        const id = ids[(i * 7919) % ids.length] as string;
        const body =
          input.endpoint === 'usage report'
            ? JSON.stringify({
                reportId: `${input.tag}-${i}`,
                managedComputers: i % 40,
                peakComputers: (i % 40) + 2,
                appVersion: '6.0.0.80',
                reportedAt: new Date().toISOString(),
              })
            : '{}';
        return { ...request, headers: { authorization: `Proxy ${id}.${input.secret}`, 'content-type': 'application/json' }, body };
      },
    },
  ],
});
const output: LoadOutput = {
  requests: result.requests.total,
  seconds: result.duration,
  rps: result.requests.total / result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
