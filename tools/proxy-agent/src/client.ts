import { activationClient, type ActivationComponents } from '#api-client';
import type { Ed25519PublicJwk, LicensePayload, SignedDocument } from '../../../libs/common/src/signing/index.js';
import { ProxyApiError } from './errors.js';

/**
 * The proxy protocol over HTTP (`/proxy/v1/...`), through the client generated from
 * openapi/activation.json: a change of the contract that breaks the agent breaks its type-check.
 * Errors become ProxyApiError with the server's code.
 */
type Schemas = ActivationComponents['schemas'];

export type LicenseInfo = Schemas['LicenseInfoDto'];
export type VerifyKeyResponse = Schemas['VerifyKeyResponseDto'];
export type UsageReportResponse = Schemas['UsageReportResponseDto'];
export type EnrollmentCheckResponse = Schemas['EnrollmentCheckResponseDto'];
export type DeactivationResponse = Schemas['DeactivationResponseDto'];
/** The document is verified with the signing library, which types its payload precisely. */
export type ActivationResponse = Omit<Schemas['ActivationResponseDto'], 'document'> & { document: SignedDocument<LicensePayload> };
export type RefreshResponse = Omit<Schemas['RefreshResponseDto'], 'document'> & { document: SignedDocument<LicensePayload> };

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export class ProxyClient {
  private readonly api: ReturnType<typeof activationClient>;

  constructor(
    readonly baseUrl: string,
    credential?: string,
    private readonly fetcher?: (request: Request) => Promise<Response>,
  ) {
    this.api = activationClient(baseUrl.replace(/\/$/, ''), {
      headers: credential ? { authorization: `Proxy ${credential}` } : {},
      ...(fetcher ? { fetch: fetcher } : {}),
    });
  }

  withCredential(credential: string): ProxyClient {
    return new ProxyClient(this.baseUrl, credential, this.fetcher);
  }

  verify(key: string): Promise<VerifyKeyResponse> {
    return unwrap(this.api.POST('/proxy/v1/license/verify', { body: { key } }));
  }

  async activate(body: Schemas['ActivateRequestDto']): Promise<ActivationResponse> {
    return (await unwrap(this.api.POST('/proxy/v1/activations', { body }))) as unknown as ActivationResponse;
  }

  async refresh(appVersion?: string): Promise<RefreshResponse> {
    return (await unwrap(this.api.POST('/proxy/v1/refresh', { body: appVersion ? { appVersion } : {} }))) as unknown as RefreshResponse;
  }

  report(body: Schemas['UsageReportRequestDto']): Promise<UsageReportResponse> {
    return unwrap(this.api.POST('/proxy/v1/usage-reports', { body }));
  }

  enrollmentCheck(managedComputers?: number): Promise<EnrollmentCheckResponse> {
    return unwrap(this.api.POST('/proxy/v1/enrollment-checks', { body: managedComputers === undefined ? {} : { managedComputers } }));
  }

  deactivate(): Promise<DeactivationResponse> {
    return unwrap(this.api.POST('/proxy/v1/deactivate', {}));
  }

  async signingKeys(): Promise<{ keys: Ed25519PublicJwk[] }> {
    return (await unwrap(this.api.GET('/proxy/v1/signing-keys', {}))) as unknown as { keys: Ed25519PublicJwk[] };
  }
}

async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    const body = (error ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ProxyApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText, body.details);
  }
  return data;
}
