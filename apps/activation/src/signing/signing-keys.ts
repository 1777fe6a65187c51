import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { importEd25519PublicKey, signDocument, toPublicJwk, type Ed25519PublicJwk, type SignedDocument } from '#common';
import { ACTIVATION_CONFIG, type ActivationConfig } from '../config.js';

/**
 * The server's Ed25519 signing keys, imported once at start. The first key signs; every key (and
 * every retired public key) is published, so documents signed before a rotation keep verifying.
 */
@Injectable()
export class SigningKeys {
  private readonly current: { kid: string; privateKey: KeyObject };
  private readonly publicKeys = new Map<string, KeyObject>();
  private readonly jwks: Ed25519PublicJwk[];

  constructor(@Inject(ACTIVATION_CONFIG) config: ActivationConfig) {
    const [first] = config.signing.keys;
    if (!first) throw new Error('no activation signing key configured');
    for (const key of config.signing.keys) {
      this.publicKeys.set(key.kid, createPublicKey(createPrivateKey(key.privateKeyPem)));
    }
    for (const retired of config.signing.retired) {
      if (!this.publicKeys.has(retired.kid)) this.publicKeys.set(retired.kid, importEd25519PublicKey(retired.publicKeyPem));
    }
    this.current = { kid: first.kid, privateKey: createPrivateKey(first.privateKeyPem) };
    this.jwks = [...this.publicKeys].map(([kid, key]) => toPublicJwk(kid, key));
  }

  sign<P extends object>(payload: P): SignedDocument<P> {
    return signDocument(payload, this.current.kid, this.current.privateKey);
  }

  publicKeyFor(kid: string): KeyObject | undefined {
    return this.publicKeys.get(kid);
  }

  published(): { keys: Ed25519PublicJwk[] } {
    return { keys: this.jwks };
  }
}
