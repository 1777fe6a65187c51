import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for accounts' SSO client secrets at rest. The key is SSO_SECRET_KEY, or derived from
 * identity's signing key (HKDF) when that is unset, so a database dump alone does not reveal them.
 */
export class SsoSecretBox {
  private readonly key: Buffer;

  constructor(configuredKey: string | undefined, privateKeyPem: string) {
    if (configuredKey) {
      this.key = Buffer.from(configuredKey, 'base64');
      if (this.key.length !== 32) throw new Error('SSO_SECRET_KEY must be 32 bytes, base64');
    } else {
      this.key = Buffer.from(hkdfSync('sha256', privateKeyPem, 'licensing-identity', 'sso-client-secret', 32));
    }
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  }
}
