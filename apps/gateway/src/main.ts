import { ConfigError } from '#common';
import { loadGatewayConfig, type GatewayConfig } from './config.js';
import { buildGateway } from './gateway.js';

let config: GatewayConfig;
try {
  config = loadGatewayConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`gateway: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
const app = await buildGateway(config);
await app.listen({ port: config.http.port, host: config.http.host });
const shown = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
app.log.info(`gateway listening on http://${shown}:${config.http.port} (API docs at /api/docs)`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal} received: draining (grace ${config.http.shutdownGraceMs} ms)`);
    setTimeout(() => process.exit(1), config.http.shutdownGraceMs).unref();
    void app.close().then(() => process.exit(0));
  });
}
