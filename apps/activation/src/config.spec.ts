import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '#common';
import { loadActivationConfig } from './config.js';

const auth = generateKeyPairSync('ed25519');
const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  AUTH_PUBLIC_KEY: auth.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  LICENSE_KEY_SECRET: 'a-secret-of-enough-length',
};

describe('activation config: signing keys', () => {
  it('takes a JSON list (first signs) with retired public keys', () => {
    const retired = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const config = loadActivationConfig({
      ...base,
      ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'new', privateKey: pem() }, { kid: 'old', privateKey: pem() }]),
      ACTIVATION_RETIRED_PUBLIC_KEYS: JSON.stringify([{ kid: 'older', publicKey: retired.replace(/\n/g, '\\n') }]),
    });
    expect(config.signing.keys.map((k) => k.kid)).toEqual(['new', 'old']);
    expect(config.signing.retired).toEqual([{ kid: 'older', publicKeyPem: retired }]);
    expect(config.documentValidityDays).toBe(30);
  });

  it('takes one PEM (newlines or \\n escapes) with its key id', () => {
    const key = pem();
    expect(loadActivationConfig({ ...base, ACTIVATION_SIGNING_KEYS: key.replace(/\n/g, '\\n'), ACTIVATION_SIGNING_KEY_ID: 'dev-1' }).signing.keys).toEqual([
      { kid: 'dev-1', privateKeyPem: key },
    ]);
  });

  it.each([
    ['missing', {}, /ACTIVATION_SIGNING_KEYS is required/],
    ['a PEM without its key id', { ACTIVATION_SIGNING_KEYS: pem() }, /needs ACTIVATION_SIGNING_KEY_ID/],
    ['a list entry without a key', { ACTIVATION_SIGNING_KEYS: '[{"kid":"a"}]' }, /privateKey/],
    ['duplicate key ids', { ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'a', privateKey: pem() }, { kid: 'a', privateKey: pem() }]) }, /unique/],
    [
      'a key that is not Ed25519',
      { ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'r', privateKey: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) }]) },
      /not an Ed25519 private key/,
    ],
  ])('refuses %s', (_label, env, message) => {
    let error: unknown;
    try {
      loadActivationConfig({ ...base, ...env });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });
});
