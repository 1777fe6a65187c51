import { randomBytes } from 'node:crypto';

/** An opaque single-use secret: 32 random bytes, base64url. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}
