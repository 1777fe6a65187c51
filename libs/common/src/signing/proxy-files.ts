import { z } from 'zod';

/**
 * What the proxy protocol's signed documents say, shared by the activation service (which signs
 * license documents and checks request files) and the reference proxy agent (which does the reverse).
 */

export const LICENSE_STATUSES = ['active', 'deactivated', 'expired', 'over_limit', 'suspended', 'cancelled'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

/** Limits of the installation details a proxy sends (also the HTTP DTOs' limits). */
export const INSTALLATION_FIELD_LIMITS = {
  serverName: 255,
  siteCode: 16,
  siteDescription: 255,
  appVersion: 50,
  reportId: 64,
} as const;

const isoDateTime = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nonce = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'nonce must be 16 to 64 base64url characters');
const count = z.number().int().min(0).max(10_000_000);

export const usageFigures = z.object({
  reportId: z.string().min(1).max(INSTALLATION_FIELD_LIMITS.reportId),
  managedComputers: count,
  peakComputers: count,
  appVersion: z.string().min(1).max(INSTALLATION_FIELD_LIMITS.appVersion),
  reportedAt: isoDateTime,
});
export type UsageFigures = z.infer<typeof usageFigures>;

/** Offline activation request, signed by the proxy's own key (the one inside it). */
export const activationRequestPayload = z.object({
  type: z.literal('activation-request'),
  version: z.literal(1),
  key: z.string().min(1).max(64),
  serverName: z.string().trim().min(1).max(INSTALLATION_FIELD_LIMITS.serverName),
  siteCode: z.string().trim().min(1).max(INSTALLATION_FIELD_LIMITS.siteCode),
  siteDescription: z.string().max(INSTALLATION_FIELD_LIMITS.siteDescription).nullable(),
  appVersion: z.string().trim().min(1).max(INSTALLATION_FIELD_LIMITS.appVersion),
  publicKey: z.string().min(1).max(1000),
  nonce,
  createdAt: isoDateTime,
});
export type ActivationRequestPayload = z.infer<typeof activationRequestPayload>;

/** Offline refresh request, signed by the installation's key; may carry the usage figures of an offline proxy. */
export const refreshRequestPayload = z.object({
  type: z.literal('refresh-request'),
  version: z.literal(1),
  installationId: z.string().uuid(),
  nonce,
  createdAt: isoDateTime,
  usage: usageFigures.optional(),
});
export type RefreshRequestPayload = z.infer<typeof refreshRequestPayload>;

/** Offline deactivation request, signed by the installation's key: nobody else can release its key. */
export const deactivationRequestPayload = z.object({
  type: z.literal('deactivation-request'),
  version: z.literal(1),
  installationId: z.string().uuid(),
  nonce,
  createdAt: isoDateTime,
});
export type DeactivationRequestPayload = z.infer<typeof deactivationRequestPayload>;

export const proxyRequestPayload = z.discriminatedUnion('type', [activationRequestPayload, refreshRequestPayload, deactivationRequestPayload]);
export type ProxyRequestPayload = z.infer<typeof proxyRequestPayload>;

/**
 * What the server signs. `license`: online activation and refresh; `offline-activation`: the
 * activation file answering a request file; `subscription-information`: the offline refresh answer.
 * `validUntil` is how long a proxy may trust it without hearing from the server again.
 */
export const LICENSE_DOCUMENT_TYPES = ['license', 'offline-activation', 'subscription-information'] as const;
export type LicenseDocumentType = (typeof LICENSE_DOCUMENT_TYPES)[number];

export const licensePayload = z.object({
  type: z.enum(LICENSE_DOCUMENT_TYPES),
  version: z.literal(1),
  installationId: z.string().uuid(),
  accountId: z.string().uuid(),
  companyName: z.string(),
  /** Fingerprint (publicKeyId) of the proxy key the document is bound to. */
  proxyKeyId: z.string(),
  licenseKey: z.string().nullable(),
  keyKind: z.enum(['primary', 'reserved']).nullable(),
  quota: count,
  used: count,
  vacant: count,
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  status: z.enum(LICENSE_STATUSES),
  activatedOffline: z.boolean(),
  issuedAt: isoDateTime,
  validUntil: isoDateTime,
  /** The nonce of the request file this answers (offline files only). */
  inResponseTo: nonce.optional(),
});
export type LicensePayload = z.infer<typeof licensePayload>;
