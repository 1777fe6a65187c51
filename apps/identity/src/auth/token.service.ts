import { createHash, createPublicKey } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { exportJWK, importPKCS8, SignJWT, type JWK, type CryptoKey } from 'jose';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';

export interface AccessTokenClaims {
  sub: string;
  email: string;
  /** `user` for customers, `operator` for the vendor's staff. */
  role: 'user' | 'operator';
  /** The session the token belongs to; the guards refuse it once that session is revoked. */
  sid: string;
}

/** Signs access tokens with the Ed25519 key; publishes the public half as a JWKS. */
@Injectable()
export class TokenService implements OnModuleInit {
  private privateKey!: CryptoKey;
  private publicJwk!: JWK;
  private keyId!: string;

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  async onModuleInit(): Promise<void> {
    this.privateKey = await importPKCS8(this.config.auth.privateKeyPem, 'EdDSA');
    const spki = createPublicKey(this.config.auth.privateKeyPem).export({ type: 'spki', format: 'der' });
    this.keyId = createHash('sha256').update(spki).digest('base64url').slice(0, 16);
    const jwk = await exportJWK(createPublicKey(this.config.auth.privateKeyPem));
    this.publicJwk = { ...jwk, kid: this.keyId, alg: 'EdDSA', use: 'sig' };
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ email: claims.email, role: claims.role, sid: claims.sid })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keyId, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(this.config.auth.issuer)
      .setIssuedAt()
      .setExpirationTime(`${this.config.auth.accessTokenTtlSeconds}s`)
      .sign(this.privateKey);
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }
}
