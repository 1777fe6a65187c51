import { randomBytes } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, encryptLicenseKey, generateLicenseKey, hashLicenseKey, keyLastGroup, utcToday } from '#common';
import {
  createBusinessAccount,
  InstallationEntity,
  InvitationEntity,
  LicenseKeyEntity,
  MdmPushCertificateRequestEntity,
  MembershipEntity,
  ProductEntity,
  SessionEntity,
  SubscriptionEntity,
  UserEntity,
  type BusinessAccountEntity,
  type MembershipRole,
} from '#database';

/**
 * Test data written straight to the suite's database, for suites whose subject is not how that
 * data came to be. Suites about a flow create their data through the API instead.
 */

/** Secrets the harness gives the services, so factories can make keys those services accept. */
export const TEST_LICENSE_KEY_SECRET = 'test-license-key-hmac-secret-0123456789';
export const TEST_LICENSE_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: 'user' | 'operator';
  /** A valid access token for this user, of the live session `sessionId`. */
  token: string;
  sessionId: string;
}

let signingKey: Awaited<ReturnType<typeof importPKCS8>> | undefined;

/** An access token signed like identity signs them (the e2e run's key pair). */
export async function mintAccessToken(user: { id: string; email: string; role?: 'user' | 'operator'; sessionId?: string }, ttlSeconds = 900): Promise<string> {
  const pem = process.env.TEST_AUTH_PRIVATE_KEY;
  if (!pem) throw new Error('the e2e global setup did not run');
  signingKey ??= await importPKCS8(pem, 'EdDSA');
  const claims: Record<string, unknown> = { email: user.email, role: user.role ?? 'user' };
  if (user.sessionId) claims.sid = user.sessionId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer('licensing-identity')
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(signingKey);
}

function manager(db: DataSource | EntityManager): EntityManager {
  return 'manager' in db ? db.manager : db;
}

export async function createUser(
  db: DataSource | EntityManager,
  overrides: Partial<Pick<UserEntity, 'email' | 'firstName' | 'lastName' | 'role'>> = {},
): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex');
  const user = await manager(db).save(
    manager(db).create(UserEntity, {
      email: overrides.email ?? `user.${suffix}@example.com`,
      firstName: overrides.firstName ?? 'Test',
      lastName: overrides.lastName ?? `User ${suffix}`,
      // Not a usable password: factory users sign in with minted tokens.
      passwordHash: '$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$unusable',
      termsAcceptedAt: new Date(),
      role: overrides.role ?? 'user',
    }),
  );
  const sessionId = await createSession(db, user.id);
  const token = await mintAccessToken({ id: user.id, email: user.email, role: user.role, sessionId });
  return { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName, role: user.role, token, sessionId };
}

/** A live session of the user, as sign-in starts one (the guards accept only tokens of live sessions). */
export async function createSession(db: DataSource | EntityManager, userId: string): Promise<string> {
  const now = new Date();
  const session = await manager(db).save(
    manager(db).create(SessionEntity, {
      userId,
      refreshTokenHash: randomBytes(32).toString('hex'),
      keepSignedIn: false,
      userAgent: 'e2e factory',
      ip: null,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
      revokedAt: null,
      revokedReason: null,
    }),
  );
  return session.id;
}

export async function createOperator(db: DataSource | EntityManager): Promise<TestUser> {
  return createUser(db, { role: 'operator', email: `operator.${randomBytes(4).toString('hex')}@vendor.example` });
}

/** A business account with `admin` as its administrator. */
export async function createAccount(db: DataSource, admin: TestUser, companyName = 'Acme Corp'): Promise<BusinessAccountEntity> {
  return db.transaction(async (m) => {
    const { account } = await createBusinessAccount(m, { companyName, country: 'DE', zip: '10115', phone: '+49 30 1234567' }, admin.id);
    return account;
  });
}

export async function addMember(
  db: DataSource | EntityManager,
  accountId: string,
  user: Pick<TestUser, 'id'>,
  role: MembershipRole = 'member',
  status: 'active' | 'blocked' = 'active',
): Promise<MembershipEntity> {
  return manager(db).save(manager(db).create(MembershipEntity, { accountId, userId: user.id, role, status }));
}

/**
 * A pending invitation to `accountId`, as identity records one once its email is sent. Its token is
 * not known to anyone (only a hash is stored), so it cannot be accepted: for lists of invitations.
 */
export async function createInvitation(
  db: DataSource | EntityManager,
  accountId: string,
  options: { email?: string; invitedBy?: Pick<TestUser, 'id'> } = {},
): Promise<InvitationEntity> {
  const now = new Date();
  return manager(db).save(
    manager(db).create(InvitationEntity, {
      accountId,
      email: (options.email ?? `invitee.${randomBytes(4).toString('hex')}@example.com`).toLowerCase(),
      tokenHash: randomBytes(32).toString('hex'),
      status: 'pending',
      invitedByUserId: options.invitedBy?.id ?? null,
      sentAt: now,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    }),
  );
}

/**
 * An MDM push certificate request signed for `accountId` by `signedBy`, as licensing records one
 * (the subject and key facts; no CSR or vendor key is involved): for lists of earlier signings.
 */
export async function createMdmSigning(
  db: DataSource | EntityManager,
  accountId: string,
  signedBy: Pick<TestUser, 'id'>,
  options: { csrSubject?: string; publicKeyBits?: number } = {},
): Promise<MdmPushCertificateRequestEntity> {
  return manager(db).save(
    manager(db).create(MdmPushCertificateRequestEntity, {
      accountId,
      userId: signedBy.id,
      csrSubject: options.csrSubject ?? `CN=APSP:${randomBytes(8).toString('hex')}`,
      publicKeyFingerprint: randomBytes(32).toString('hex'),
      publicKeyBits: options.publicKeyBits ?? 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      vendorCertificateSerial: randomBytes(8).toString('hex'),
    }),
  );
}

export interface TestSubscription {
  subscription: SubscriptionEntity;
  primaryKey: LicenseKeyEntity;
  /** The primary license key in clear, as the customer received it. */
  key: string;
}

/** The calendar date `days` after today in UTC (before it when negative), as the services count days. */
export const daysFromNow = (days: number): string => addDays(utcToday(), days);

/** A subscription with its primary key; registered to `accountId` unless it is null. */
export async function createSubscription(
  db: DataSource,
  options: { accountId: string | null; quantity?: number; startsOn?: string; endsOn?: string; status?: SubscriptionEntity['status'] },
): Promise<TestSubscription> {
  return db.transaction(async (m) => {
    const product = await m.findOneByOrFail(ProductEntity, { code: 'mac-management' });
    const quantity = options.quantity ?? 10;
    const subscription = await m.save(
      m.create(SubscriptionEntity, {
        accountId: options.accountId,
        productId: product.id,
        name: `${product.name} Subscription`,
        quantity,
        startsOn: options.startsOn ?? daysFromNow(-30),
        endsOn: options.endsOn ?? daysFromNow(335),
        status: options.status ?? 'active',
        registeredAt: options.accountId ? new Date() : null,
      }),
    );
    const key = generateLicenseKey();
    const primaryKey = await m.save(
      m.create(LicenseKeyEntity, {
        subscriptionId: subscription.id,
        kind: 'primary',
        name: 'Primary Key',
        quota: quantity,
        renewsWithSubscription: true,
        expiresOn: null,
        ...keyMaterial(key),
      }),
    );
    return { subscription, primaryKey, key };
  });
}

/** How licensing stores a key: its HMAC for look-ups, its ciphertext to show it again, its last group. */
function keyMaterial(key: string): Pick<LicenseKeyEntity, 'keyHash' | 'keyCiphertext' | 'keyLast'> {
  return {
    keyHash: hashLicenseKey(key, TEST_LICENSE_KEY_SECRET),
    keyCiphertext: encryptLicenseKey(key, Buffer.from(TEST_LICENSE_KEY_ENCRYPTION_KEY, 'base64')),
    keyLast: keyLastGroup(key),
  };
}

export interface TestSublicense {
  entity: LicenseKeyEntity;
  /** The sublicense's key in clear, as the customer received it. */
  key: string;
}

/**
 * A sublicense (reserved key) carved out of a subscription, written the way licensing writes it: the
 * primary key's quota shrinks by the same amount. Without `expiresOn` it follows the subscription.
 */
export async function createSublicense(
  db: DataSource,
  subscription: TestSubscription,
  options: { quota: number; name?: string; expiresOn?: string | null },
): Promise<TestSublicense> {
  const key = generateLicenseKey();
  const expiresOn = options.expiresOn ?? null;
  const entity = await db.transaction(async (m) => {
    await m.decrement(LicenseKeyEntity, { id: subscription.primaryKey.id }, 'quota', options.quota);
    return m.save(
      m.create(LicenseKeyEntity, {
        subscriptionId: subscription.subscription.id,
        kind: 'reserved',
        name: options.name ?? 'Sublicense',
        quota: options.quota,
        renewsWithSubscription: expiresOn === null,
        expiresOn,
        ...keyMaterial(key),
      }),
    );
  });
  return { entity, key };
}

/**
 * A proxy server using a key, active since now, as activation records it (for suites whose subject
 * is not the activation itself; those activate through the proxy protocol).
 */
export async function createInstallation(
  db: DataSource | EntityManager,
  options: { accountId: string; licenseKeyId: string; managedComputers?: number; serverName?: string },
): Promise<InstallationEntity> {
  return manager(db).save(
    manager(db).create(InstallationEntity, {
      accountId: options.accountId,
      licenseKeyId: options.licenseKeyId,
      serverName: options.serverName ?? `proxy-${randomBytes(3).toString('hex')}.corp.example`,
      siteCode: 'S01',
      appVersion: '7.2.0',
      proxyPublicKey: 'test-public-key',
      activatedAt: new Date(),
      managedComputers: options.managedComputers ?? 0,
      status: 'active',
    }),
  );
}
