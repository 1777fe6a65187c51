import { createPrivateKey, createPublicKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import {
  fromPublicJwk,
  licensePayload,
  publicKeyId,
  signDocument,
  verifyDocument,
  type ActivationRequestPayload,
  type DeactivationRequestPayload,
  type Ed25519PublicJwk,
  type LicenseDocumentType,
  type LicensePayload,
  type RefreshRequestPayload,
  type SignedDocument,
  type UsageFigures,
} from '../../../libs/common/src/signing/index.js';
// The signing module alone, not `#common`: the CLI starts in a fraction of a second without loading Nest.
import {
  ProxyClient,
  type DeactivationResponse,
  type EnrollmentCheckResponse,
  type UsageReportResponse,
  type VerifyKeyResponse,
} from './client.js';
import { AgentError, ProxyApiError } from './errors.js';
import { loadState, newState, saveState, type InstallationDetails, type ProxyState } from './state.js';

/** How many acknowledged reports the state keeps for retries by hand. */
const SENT_REPORTS_KEPT = 20;
export interface AgentOptions {
  /** Base URL of the activation service, e.g. http://localhost:3003 (stored in the state). */
  server?: string;
  /** Keep the state in memory only (tests that do not need the file). */
  inMemory?: boolean;
  /** The fetch to call the server with (tests pass one that checks responses against the contract). */
  fetch?: (request: Request) => Promise<Response>;
}

export interface ActivationInput extends Omit<InstallationDetails, 'siteDescription'> {
  key: string;
  siteDescription?: string | null;
}

/**
 * The reference proxy: keeps its state in a JSON file, activates online or through offline files,
 * refreshes, reports usage, checks enrollment, deactivates, and verifies every signed document
 * against the server's published keys (and its own key id, and the request it answers).
 */
export class ProxyAgent {
  private constructor(
    private readonly path: string,
    private current: ProxyState,
    private readonly inMemory: boolean,
    private readonly fetcher?: (request: Request) => Promise<Response>,
  ) {}

  /** Opens the state file, creating it (with a fresh key pair) when it does not exist. */
  static open(path: string, options: AgentOptions = {}): ProxyAgent {
    const loaded = options.inMemory ? undefined : loadState(path);
    const state = loaded ?? newState(options.server);
    const changed = !loaded || (options.server !== undefined && options.server !== state.server);
    if (options.server) state.server = options.server;
    const agent = new ProxyAgent(path, state, options.inMemory ?? false, options.fetch);
    // Written only when new or changed: a `status` beside a running service must not put back an older state.
    if (changed) agent.save();
    return agent;
  }

  get state(): Readonly<ProxyState> {
    return this.current;
  }

  /** Id of this proxy's public key: the `proxyKeyId` documents must carry, the `kid` of its files. */
  get keyId(): string {
    return publicKeyId(createPublicKey(this.current.keyPair.publicKey));
  }

  /** The license as last verified, and whether it may still be trusted offline. */
  license(now: Date = new Date()): { payload: LicensePayload; trusted: boolean } | undefined {
    const document = this.current.license;
    if (!document) return undefined;
    const payload = document.payload;
    const grants = payload.status === 'active' || payload.status === 'over_limit';
    return { payload, trusted: grants && Date.parse(payload.validUntil) > now.getTime() };
  }

  // --- Published keys and verification ---------------------------------------------------------

  async fetchSigningKeys(): Promise<Ed25519PublicJwk[]> {
    const { keys } = await this.client().signingKeys();
    this.current.signingKeys = keys;
    this.save();
    return keys;
  }

  /** For offline proxies: keys obtained some other way (a file exported by `keys --export`). */
  importSigningKeys(keys: Ed25519PublicJwk[]): void {
    for (const key of keys) fromPublicJwk(key); // throws on anything that is not an Ed25519 JWK
    this.current.signingKeys = keys;
    this.save();
  }

  /**
   * Verifies a server document: signature with the published key its kid names, payload shape,
   * type, and that it is bound to this proxy's key (and installation, once known).
   */
  verify(document: unknown, expected: LicenseDocumentType[], installationId: string | null | undefined = this.current.installationId): LicensePayload {
    const keys = new Map<string, KeyObject>();
    for (const jwk of this.current.signingKeys ?? []) keys.set(jwk.kid, fromPublicJwk(jwk));
    if (keys.size === 0) throw new AgentError('NO_SIGNING_KEYS', 'No published signing keys known: run `keys` (or import them) first');
    const result = verifyDocument(document, (kid) => keys.get(kid));
    if (!result.ok) {
      const messages = {
        malformed: 'The document is not a signed license document',
        'unknown-key': 'The document is signed by a key the server does not publish',
        'bad-signature': 'The document signature does not verify: it was altered',
      } as const;
      throw new AgentError(`DOCUMENT_${result.reason.toUpperCase().replace('-', '_')}`, messages[result.reason]);
    }
    const parsed = licensePayload.safeParse(result.payload);
    if (!parsed.success) throw new AgentError('DOCUMENT_MALFORMED', 'The signed payload is not a license document');
    const payload = parsed.data;
    if (!expected.includes(payload.type)) throw new AgentError('DOCUMENT_TYPE_MISMATCH', `Expected a ${expected.join(' or ')} document, got ${payload.type}`);
    if (payload.proxyKeyId !== this.keyId) throw new AgentError('DOCUMENT_FOREIGN', 'The document was issued to another proxy');
    if (installationId && payload.installationId !== installationId) {
      throw new AgentError('DOCUMENT_FOREIGN', 'The document is about another installation');
    }
    return payload;
  }

  // --- Online protocol -------------------------------------------------------------------------

  verifyKey(key: string): Promise<VerifyKeyResponse> {
    return this.client().verify(key);
  }

  async activate(input: ActivationInput): Promise<LicensePayload> {
    if (this.current.installationId && !this.current.deactivatedAt) {
      throw new AgentError('ALREADY_ACTIVATED', 'This proxy is activated already; deactivate it first');
    }
    await this.ensureSigningKeys();
    const details = this.details(input);
    const response = await this.client().activate({
      key: input.key,
      serverName: details.serverName,
      siteCode: details.siteCode,
      siteDescription: details.siteDescription ?? undefined,
      appVersion: details.appVersion,
      publicKey: this.current.keyPair.publicKey,
    });
    const payload = this.verify(response.document, ['license'], response.installationId);
    this.resetInstallation();
    Object.assign(this.current, {
      details,
      installationId: response.installationId,
      credential: response.credential,
      mode: 'online',
      license: response.document,
    } satisfies Partial<ProxyState>);
    this.save();
    return payload;
  }

  async refresh(): Promise<LicensePayload> {
    const response = await this.authenticated().refresh(this.current.details?.appVersion);
    const payload = this.verify(response.document, ['license']);
    this.current.license = response.document;
    if (payload.status === 'deactivated') this.current.deactivatedAt ??= payload.issuedAt;
    this.save();
    return payload;
  }

  /**
   * Sends a usage report; one left unacknowledged by a failure is sent again first, with its own id.
   * A `reportId` the agent already sent is the same report: its original figures and time are sent
   * again (the server accepts an identical report once more, and refuses a changed one as REPORT_ID_REUSED).
   */
  async report(input: { managed: number; peak?: number; reportId?: string; reportedAt?: Date }): Promise<UsageReportResponse> {
    const client = this.authenticated();
    const earlier = input.reportId === undefined ? undefined : this.knownReport(input.reportId);
    if (earlier) return this.send(client, earlier);
    if (this.current.pendingReport) await this.send(client, this.current.pendingReport);
    const figures: UsageFigures = {
      reportId: input.reportId ?? randomUUID(),
      managedComputers: input.managed,
      peakComputers: input.peak ?? input.managed,
      appVersion: this.current.details?.appVersion ?? 'unknown',
      reportedAt: (input.reportedAt ?? new Date()).toISOString(),
    };
    this.current.pendingReport = figures;
    this.save();
    return this.send(client, figures);
  }

  /** Sends again the report left unacknowledged by a failure, if there is one; its response, else undefined. */
  async sendPendingReport(): Promise<UsageReportResponse | undefined> {
    const pending = this.current.pendingReport;
    return pending ? this.send(this.authenticated(), pending) : undefined;
  }

  /** Records what the running service did (see ProxyState.schedule). */
  updateSchedule(change: NonNullable<ProxyState['schedule']>): void {
    this.current.schedule = { ...this.current.schedule, ...change };
    this.save();
  }

  /** Sends a report; it stays pending only when the outcome is unknown (network trouble, 5xx). */
  private async send(client: ProxyClient, figures: UsageFigures): Promise<UsageReportResponse> {
    try {
      const response = await client.report(figures);
      if (this.current.pendingReport?.reportId === figures.reportId) this.current.pendingReport = undefined;
      this.remember(figures);
      return response;
    } catch (err) {
      if (err instanceof ProxyApiError && err.status < 500 && this.current.pendingReport?.reportId === figures.reportId) this.current.pendingReport = undefined;
      throw err;
    } finally {
      this.save();
    }
  }

  private knownReport(reportId: string): UsageFigures | undefined {
    if (this.current.pendingReport?.reportId === reportId) return this.current.pendingReport;
    return this.current.sentReports?.find((r) => r.reportId === reportId);
  }

  private remember(figures: UsageFigures): void {
    const others = (this.current.sentReports ?? []).filter((r) => r.reportId !== figures.reportId);
    this.current.sentReports = [...others, figures].slice(-SENT_REPORTS_KEPT);
  }

  enrollmentCheck(managed?: number): Promise<EnrollmentCheckResponse> {
    return this.authenticated().enrollmentCheck(managed);
  }

  async deactivate(): Promise<DeactivationResponse> {
    const response = await this.authenticated().deactivate();
    this.current.deactivatedAt = response.deactivatedAt;
    this.current.credential = undefined;
    this.save();
    return response;
  }

  // --- Offline files -----------------------------------------------------------------------------

  /** The activation request file an admin uploads in the portal; remembered until its answer is imported. */
  createActivationRequest(input: ActivationInput): SignedDocument<ActivationRequestPayload> {
    if (this.current.installationId && !this.current.deactivatedAt) {
      throw new AgentError('ALREADY_ACTIVATED', 'This proxy is activated already; deactivate it first');
    }
    const details = this.details(input);
    this.current.details = details;
    return this.signRequest<ActivationRequestPayload>({
      type: 'activation-request',
      version: 1,
      key: input.key,
      ...details,
      publicKey: this.current.keyPair.publicKey,
      ...this.freshNonce('activation-request'),
    });
  }

  /** Imports the activation file answering the pending request. */
  importActivationFile(document: unknown): LicensePayload {
    const pending = this.current.pendingRequest;
    if (pending?.type !== 'activation-request') throw new AgentError('NO_PENDING_REQUEST', 'No activation request is waiting for an answer');
    const payload = this.verify(document, ['offline-activation'], null);
    if (payload.inResponseTo !== pending.nonce) throw new AgentError('DOCUMENT_NOT_FOR_REQUEST', 'This activation file answers another request');
    this.resetInstallation();
    Object.assign(this.current, {
      installationId: payload.installationId,
      mode: 'offline',
      license: document as SignedDocument<LicensePayload>,
      pendingRequest: undefined,
    } satisfies Partial<ProxyState>);
    this.save();
    return payload;
  }

  /** The offline refresh request, optionally carrying the usage figures an offline proxy cannot send. */
  createRefreshRequest(usage?: { managed: number; peak?: number; reportId?: string }): SignedDocument<RefreshRequestPayload> {
    const installationId = this.requireInstallation();
    const payload: RefreshRequestPayload = { type: 'refresh-request', version: 1, installationId, ...this.freshNonce('refresh-request') };
    if (usage) {
      payload.usage = {
        reportId: usage.reportId ?? randomUUID(),
        managedComputers: usage.managed,
        peakComputers: usage.peak ?? usage.managed,
        appVersion: this.current.details?.appVersion ?? 'unknown',
        reportedAt: new Date().toISOString(),
      };
    }
    return this.signRequest(payload);
  }

  importSubscriptionFile(document: unknown): LicensePayload {
    const pending = this.current.pendingRequest;
    if (pending?.type !== 'refresh-request') throw new AgentError('NO_PENDING_REQUEST', 'No refresh request is waiting for an answer');
    const payload = this.verify(document, ['subscription-information']);
    if (payload.inResponseTo !== pending.nonce) throw new AgentError('DOCUMENT_NOT_FOR_REQUEST', 'This file answers another request');
    this.current.license = document as SignedDocument<LicensePayload>;
    this.current.pendingRequest = undefined;
    if (payload.status === 'deactivated') this.current.deactivatedAt ??= payload.issuedAt;
    this.save();
    return payload;
  }

  /** An imported file of either kind, told apart by its payload type. */
  importFile(document: unknown): LicensePayload {
    const type = (document as { payload?: { type?: unknown } } | null)?.payload?.type;
    return type === 'subscription-information' ? this.importSubscriptionFile(document) : this.importActivationFile(document);
  }

  /**
   * The offline deactivation request. The proxy stops using its license now; the key is released
   * when an admin submits the file in the portal.
   */
  createDeactivationRequest(): SignedDocument<DeactivationRequestPayload> {
    const installationId = this.requireInstallation();
    const document = this.signRequest<DeactivationRequestPayload>({
      type: 'deactivation-request',
      version: 1,
      installationId,
      ...this.freshNonce('deactivation-request'),
    });
    this.current.deactivatedAt = new Date().toISOString();
    this.current.credential = undefined;
    this.save();
    return document;
  }

  // --- Internals -------------------------------------------------------------------------------

  private client(): ProxyClient {
    if (!this.current.server) throw new AgentError('NO_SERVER', 'No server known: pass --server <url>');
    return new ProxyClient(this.current.server, undefined, this.fetcher);
  }

  private authenticated(): ProxyClient {
    if (!this.current.credential) {
      throw new AgentError('NOT_ACTIVATED_ONLINE', this.current.deactivatedAt ? 'This proxy is deactivated' : 'This proxy is not activated online');
    }
    return this.client().withCredential(this.current.credential);
  }

  private async ensureSigningKeys(): Promise<void> {
    if (!this.current.signingKeys?.length) await this.fetchSigningKeys();
  }

  private details(input: ActivationInput): InstallationDetails {
    return {
      serverName: input.serverName,
      siteCode: input.siteCode,
      siteDescription: input.siteDescription?.trim() ? input.siteDescription.trim() : null,
      appVersion: input.appVersion,
    };
  }

  private resetInstallation(): void {
    for (const field of ['installationId', 'credential', 'mode', 'license', 'deactivatedAt', 'pendingReport', 'schedule'] as const) delete this.current[field];
  }

  private requireInstallation(): string {
    if (!this.current.installationId) throw new AgentError('NOT_ACTIVATED', 'This proxy is not activated');
    if (this.current.deactivatedAt) throw new AgentError('DEACTIVATED', 'This proxy is deactivated');
    return this.current.installationId;
  }

  private freshNonce(type: NonNullable<ProxyState['pendingRequest']>['type']): { nonce: string; createdAt: string } {
    const request = { nonce: randomBytes(18).toString('base64url'), createdAt: new Date().toISOString() };
    this.current.pendingRequest = { type, ...request };
    this.save();
    return request;
  }

  private signRequest<P extends object>(payload: P): SignedDocument<P> {
    return signDocument(payload, this.keyId, createPrivateKey(this.current.keyPair.privateKey));
  }

  private save(): void {
    if (!this.inMemory) saveState(this.path, this.current);
  }
}
