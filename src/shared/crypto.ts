import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/** Random token for sessions, CSRF and API tokens (URL-safe, 256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Protects personal data at rest: AES-256-GCM for the value, HMAC-SHA256 for a stable keyed hash
 * that lets the database enforce uniqueness and match without holding the clear value.
 */
export class DataProtector {
  readonly #encKey: Buffer;
  readonly #macKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes');
    this.#encKey = createHmac('sha256', masterKey).update('cbec-zone/encrypt').digest();
    this.#macKey = createHmac('sha256', masterKey).update('cbec-zone/keyed-hash').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown sealed value format');
    const decipher = createDecipheriv('aes-256-gcm', this.#encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** Binary form for bulky values (message bodies): version byte, IV, tag, ciphertext. */
  sealBytes(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encKey, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]);
  }

  openBytes(sealed: Buffer): Buffer {
    if (sealed[0] !== 1 || sealed.length < 29) throw new Error('Unknown sealed bytes format');
    const decipher = createDecipheriv('aes-256-gcm', this.#encKey, sealed.subarray(1, 13));
    decipher.setAuthTag(sealed.subarray(13, 29));
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
  }

  /**
   * The keyed hash's key, for the ingest's parse workers (threads of this process), which hash buyers'
   * ID numbers as they parse. A copy; it never leaves the process.
   */
  keyedHashKey(): Uint8Array {
    return Uint8Array.from(this.#macKey);
  }

  keyedHash(value: string): string {
    return createHmac('sha256', this.#macKey).update(value, 'utf8').digest('hex');
  }
}
