import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { errors, importSPKI, jwtVerify, type CryptoKey } from 'jose';
import { DomainError } from '../errors/domain-error.js';
import { CommonErrorCode } from '../errors/error-codes.js';
import type { AuthenticatedUser } from './auth.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuthSettings {
  /** Ed25519 public key (SPKI PEM) of the identity service. */
  publicKeyPem: string;
  issuer: string;
  /** Redis key prefix under which revoked sessions are marked. */
  revocationPrefix: string;
}
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** Verifies access tokens with the identity service's public key (imported once, at start). */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private key!: CryptoKey;

  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {}

  async onModuleInit(): Promise<void> {
    this.key = await importSPKI(this.settings.publicKeyPem, 'EdDSA');
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      // Fail closed: a token without an expiry, a subject or a session is never accepted.
      const { payload } = await jwtVerify(token, this.key, {
        issuer: this.settings.issuer,
        algorithms: ['EdDSA'],
        requiredClaims: ['exp', 'sub', 'sid'],
      });
      const role = payload.role === 'operator' ? 'operator' : 'user';
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.email !== 'string') throw new Error('claims missing');
      if (typeof payload.sid !== 'string' || !UUID.test(payload.sid)) throw new Error('session missing');
      return { id: payload.sub, email: payload.email, role, sessionId: payload.sid };
    } catch (err) {
      if (err instanceof errors.JWTExpired) {
        throw new DomainError(CommonErrorCode.TOKEN_EXPIRED, 'The access token has expired; refresh it');
      }
      throw new DomainError(CommonErrorCode.UNAUTHENTICATED, 'A valid access token is required');
    }
  }
}
