/**
 * Prints the HTTP services for scripts/start.sh, one line each: `<name> <port>`, in SERVICE_NAMES
 * order, the port as the service's own config resolves it (its `<NAME>_PORT` or its default). The
 * start script runs, routes and announces exactly these, so that a new service joins
 * `SERVICE_DEFINITIONS` (apps/services.ts) and nothing else. A config that does not load fails here,
 * with the service's own message, before anything starts.
 */
import 'reflect-metadata';
import { ConfigError, SERVICE_NAMES } from '#common';
import { SERVICE_DEFINITIONS } from '../apps/services.js';

const lines: string[] = [];
for (const name of SERVICE_NAMES) {
  try {
    lines.push(`${name} ${SERVICE_DEFINITIONS[name].loadConfig(process.env).http.port}`);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${name}: ${err.message}\n`);
    process.exit(1);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
