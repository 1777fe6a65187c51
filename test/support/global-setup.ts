import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import pg from 'pg';

// Jest loads this file outside its ESM module graph (no moduleNameMapper), so it imports only
// packages and runs the migrations through the real CLI, built first.

function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * Once per e2e run: a template database with every migration applied (each suite copies it),
 * and a signing key pair for access tokens.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const template = `lic_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${template}`;
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/scripts/migrate.js', 'run'], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DB = template;
  process.env.TEST_AUTH_PRIVATE_KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  process.env.TEST_AUTH_PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  // Activation's document-signing key: the JSON form of ACTIVATION_SIGNING_KEYS, kid `test-1`.
  process.env.TEST_ACTIVATION_SIGNING_KEYS = JSON.stringify([{ kid: 'test-1', privateKey: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }]);
}
