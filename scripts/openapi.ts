/**
 * Writes (or checks) openapi/<service>.json for every HTTP service, without a database:
 * the modules are built in preview mode, nothing connects.
 *   node dist/scripts/openapi.js write | check
 */
import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateOpenApi, SERVICE_NAMES, type ServiceName } from '#common';
import { SERVICE_DEFINITIONS } from '../apps/services.js';

/** Settings that satisfy every config schema; in preview mode nothing uses them. */
function previewEnv(): Record<string, string> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    DATABASE_URL: 'postgres://preview@127.0.0.1:5432/preview',
    REDIS_URL: 'redis://127.0.0.1:6379',
    AUTH_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUTH_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    LOG_LEVEL: 'silent',
    LICENSE_KEY_SECRET: 'preview-license-key-secret',
    LICENSE_KEY_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
    ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'preview', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }]),
  };
}

async function render<N extends ServiceName>(name: N): Promise<{ json: string; types: string }> {
  const definition = SERVICE_DEFINITIONS[name];
  const document = await generateOpenApi(definition, definition.loadConfig(previewEnv()));
  const types = astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]));
  const header = `// Generated from openapi/${definition.description.name}.json by \`npm run openapi\`; do not edit.\n`;
  return { json: `${JSON.stringify(document, null, 2)}\n`, types: header + types };
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'write';
  const clientDir = join('libs', 'api-client', 'src', 'generated');
  mkdirSync(join(process.cwd(), 'openapi'), { recursive: true });
  mkdirSync(join(process.cwd(), clientDir), { recursive: true });
  const stale: string[] = [];
  for (const name of SERVICE_NAMES) {
    const { json, types } = await render(name);
    const outputs: Array<[string, string]> = [
      [join('openapi', `${name}.json`), json],
      [join(clientDir, `${name}.ts`), types],
    ];
    for (const [relative, text] of outputs) {
      const file = join(process.cwd(), relative);
      if (mode === 'check') {
        if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(relative);
      } else {
        writeFileSync(file, text);
        console.log(`wrote ${relative}`);
      }
    }
  }
  if (stale.length) {
    console.error(`Stale generated files: ${stale.join(', ')}. Run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  if (mode === 'check') console.log('OpenAPI documents and the typed client are up to date');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
