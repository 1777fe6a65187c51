/**
 * Writes (or checks) openapi/<service>.json for every HTTP service, without a database:
 * the modules are built in preview mode, nothing connects.
 *   node dist/scripts/openapi.js write | check
 */
import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApi, type ServiceDefinition, type SharedConfig } from '#common';
import { activationService } from '../apps/activation/src/activation.service.js';
import { identityService } from '../apps/identity/src/identity.service.js';
import { licensingService } from '../apps/licensing/src/licensing.service.js';
import { notificationService } from '../apps/notification/src/notification.service.js';

const services = [identityService, licensingService, activationService, notificationService] as unknown as Array<
  ServiceDefinition<SharedConfig>
>;

/** Settings that satisfy every config schema; in preview mode nothing uses them. */
function previewEnv(): Record<string, string> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    DATABASE_URL: 'postgres://preview@127.0.0.1:5432/preview',
    REDIS_URL: 'redis://127.0.0.1:6379',
    AUTH_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUTH_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    LOG_LEVEL: 'silent',
  };
}

async function render(definition: ServiceDefinition<SharedConfig>): Promise<string> {
  const document = await generateOpenApi(definition, definition.loadConfig(previewEnv()));
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'write';
  const dir = join(process.cwd(), 'openapi');
  mkdirSync(dir, { recursive: true });
  const stale: string[] = [];
  for (const definition of services) {
    const file = join(dir, `${definition.description.name}.json`);
    const text = await render(definition);
    if (mode === 'check') {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(`openapi/${definition.description.name}.json`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote openapi/${definition.description.name}.json`);
    }
  }
  if (stale.length) {
    console.error(`Stale OpenAPI documents: ${stale.join(', ')}. Run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  if (mode === 'check') console.log('OpenAPI documents are up to date');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
