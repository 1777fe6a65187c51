import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';

/**
 * License keys: 5 groups of 5 characters from 32 unambiguous characters (no 0/O, 1/I), the last
 * one a check character (Luhn mod 32), so 24 random characters = 120 bits of entropy, and most
 * typos are caught before any lookup.
 */
export const KEY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 5;
const KEY_LENGTH = GROUPS * GROUP_LENGTH;

export type KeyParseResult = { ok: true; key: string } | { ok: false; reason: 'malformed' | 'mistyped' };

/** Luhn mod N over the alphabet: detects any single-character error and most transpositions. */
export function checkCharacter(body: string): string {
  const n = KEY_ALPHABET.length;
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const codePoint = KEY_ALPHABET.indexOf(body[i] as string);
    if (codePoint < 0) throw new Error('character outside the key alphabet');
    let addend = factor * codePoint;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return KEY_ALPHABET[(n - (sum % n)) % n] as string;
}

function format(compact: string): string {
  return compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

export function generateLicenseKey(): string {
  let body = '';
  for (let i = 0; i < KEY_LENGTH - 1; i++) body += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return format(body + checkCharacter(body));
}

/** Accepts what people type (any case, spaces or dashes anywhere) and answers the canonical key. */
export function parseLicenseKey(input: string): KeyParseResult {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== KEY_LENGTH || [...compact].some((c) => !KEY_ALPHABET.includes(c))) {
    return { ok: false, reason: 'malformed' };
  }
  const body = compact.slice(0, -1);
  if (checkCharacter(body) !== compact.slice(-1)) return { ok: false, reason: 'mistyped' };
  return { ok: true, key: format(compact) };
}

/** The lookup hash: HMAC-SHA256 with a server secret, so a database dump does not reveal keys. */
export function hashLicenseKey(canonicalKey: string, secret: string): string {
  return createHmac('sha256', secret).update(canonicalKey).digest('hex');
}

/** The last group, kept in clear for masked display. */
export function keyLastGroup(canonicalKey: string): string {
  return canonicalKey.slice(-GROUP_LENGTH);
}

export function maskLicenseKey(lastGroup: string): string {
  return `${Array.from({ length: GROUPS - 1 }, () => '•••••').join('-')}-${lastGroup}`;
}

/** AES-256-GCM with a 32-byte key; output `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptLicenseKey(canonicalKey: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(canonicalKey, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptLicenseKey(stored: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('unknown license key ciphertext format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
