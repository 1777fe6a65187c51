import type { Ed25519PublicJwk, LicensePayload, SignedDocument } from '../../../libs/common/src/signing/index.js';
import { ProxyApiError } from './errors.js';

export interface LicenseInfo {
  licenseKey: string | null;
  keyKind: 'primary' | 'reserved' | null;
  startsOn: string | null;
  endsOn: string | null;
  quota: number;
  used: number;
  remaining: number;
  status: LicensePayload['status'];
}

export interface VerifyKeyResponse extends LicenseInfo {
  inUse: boolean;
}

export interface ActivationResponse {
  installationId: string;
  credential: string;
  license: LicenseInfo;
  document: SignedDocument<LicensePayload>;
}

export interface RefreshResponse {
  installationId: string;
  license: LicenseInfo;
  document: SignedDocument<LicensePayload>;
}

export interface UsageReportResponse {
  reportId: string;
  receivedAt: string;
  managedComputers: number;
  peakComputers: number;
  quota: number;
  overLimit: boolean;
  duplicate: boolean;
}

export interface EnrollmentCheckResponse {
  allowed: true;
  quota: number;
  used: number;
  remaining: number;
}

export interface DeactivationResponse {
  installationId: string;
  status: 'deactivated';
  deactivatedAt: string;
}

/** The proxy protocol over HTTP (`/proxy/v1/...`); errors become ProxyApiError with the server's code. */
export class ProxyClient {
  constructor(
    readonly baseUrl: string,
    private readonly credential?: string,
  ) {}

  withCredential(credential: string): ProxyClient {
    return new ProxyClient(this.baseUrl, credential);
  }

  verify(key: string): Promise<VerifyKeyResponse> {
    return this.call('POST', 'license/verify', { key });
  }

  activate(body: {
    key: string;
    serverName: string;
    siteCode: string;
    siteDescription?: string;
    appVersion: string;
    publicKey: string;
  }): Promise<ActivationResponse> {
    return this.call('POST', 'activations', body);
  }

  refresh(appVersion?: string): Promise<RefreshResponse> {
    return this.call('POST', 'refresh', appVersion ? { appVersion } : {});
  }

  report(body: { reportId: string; managedComputers: number; peakComputers: number; appVersion: string; reportedAt: string }): Promise<UsageReportResponse> {
    return this.call('POST', 'usage-reports', body);
  }

  enrollmentCheck(managedComputers?: number): Promise<EnrollmentCheckResponse> {
    return this.call('POST', 'enrollment-checks', managedComputers === undefined ? {} : { managedComputers });
  }

  deactivate(): Promise<DeactivationResponse> {
    return this.call('POST', 'deactivate', {});
  }

  signingKeys(): Promise<{ keys: Ed25519PublicJwk[] }> {
    return this.call('GET', 'signing-keys');
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.credential) headers.authorization = `Proxy ${this.credential}`;
    const response = await fetch(`${this.baseUrl.replace(/\/$/, '')}/proxy/v1/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed ?? {}) as { code?: string; message?: string; details?: unknown };
      throw new ProxyApiError(response.status, error.code ?? `HTTP_${response.status}`, error.message ?? (text.slice(0, 200) || response.statusText), error.details);
    }
    return parsed as T;
  }
}
