import { createHash } from 'node:crypto';

/**
 * SHA-256 of a UTF-8 string, hex: what is stored or used as a key instead of a random secret (tokens,
 * proxy credentials: no salt needed) or of a value that should not show in Redis key names (an IP, an email).
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
