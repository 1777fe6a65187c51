import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommonErrorCode, DomainError, pageOf, pageResult, type AccountScope } from '#common';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import { ProviderRegistry } from './provider-registry.js';
import { SsoConfigsRepository } from './sso-configs.repository.js';
import type { OperatorSsoAccountListResponseDto, OperatorSsoQueryDto, PutSsoConfigRequestDto, SsoConfigResponseDto } from './social.dto.js';

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Loopback, private, link-local, carrier-grade NAT and unspecified addresses (v4 and v6). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 || PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** A business account's own OpenID Connect provider, as its admins configure it. */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);

  constructor(
    private readonly configs: SsoConfigsRepository,
    private readonly registry: ProviderRegistry,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /**
   * An issuer a customer enters is fetched by this service: it must resolve to public addresses
   * only, so the discovery cannot be aimed at the internal network (local test providers excepted).
   */
  private async assertPublicIssuer(issuer: string): Promise<void> {
    if (this.config.social.allowInsecureHttp) return;
    const refuse = () => new DomainError(IdentityErrorCode.SSO_ISSUER_UNREACHABLE, `The issuer ${issuer} must be a public https address`, { issuer });
    let host: string;
    try {
      const url = new URL(issuer);
      if (url.protocol !== 'https:') throw refuse();
      host = url.hostname.replace(/^\[|\]$/g, '');
    } catch {
      throw refuse();
    }
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true }).catch(() => []);
    if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) throw refuse();
  }

  async get(accountId: AccountScope, redirectUri: string): Promise<SsoConfigResponseDto> {
    const row = await this.configs.find(accountId);
    return {
      configured: Boolean(row),
      issuer: row?.issuer ?? null,
      clientId: row?.clientId ?? null,
      clientSecretSet: Boolean(row),
      allowedDomains: row?.allowedDomains ?? [],
      required: row?.required ?? false,
      redirectUri,
    };
  }

  /**
   * Saves the provider after checking its discovery document answers. Requiring it needs the
   * admin's own session to come from it: proof that members will be able to sign in.
   */
  async put(accountId: AccountScope, input: PutSsoConfigRequestDto, sessionSsoAccountId: string | null, redirectUri: string): Promise<SsoConfigResponseDto> {
    const existing = await this.configs.find(accountId);
    const secret = input.clientSecret ?? (existing ? this.registry.box.open(existing.clientSecretEncrypted) : undefined);
    if (!secret) throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'clientSecret is required', [{ field: 'clientSecret', problems: ['clientSecret is required the first time'] }]);
    if (input.required && sessionSsoAccountId !== accountId) {
      throw new DomainError(
        IdentityErrorCode.SSO_SESSION_REQUIRED,
        'Sign in through this single sign-on first (link it in your security settings): then you can require it',
      );
    }
    await this.assertPublicIssuer(input.issuer);
    try {
      await this.registry.oidcClient('The identity provider', { issuer: input.issuer, clientId: input.clientId, clientSecret: secret }).configuration();
    } catch {
      throw new DomainError(IdentityErrorCode.SSO_ISSUER_UNREACHABLE, `The issuer ${input.issuer} did not answer its OpenID Connect discovery document`, { issuer: input.issuer });
    }
    await this.configs.save(accountId, {
      issuer: input.issuer.replace(/\/$/, ''),
      clientId: input.clientId,
      clientSecretEncrypted: this.registry.box.seal(secret),
      allowedDomains: [...new Set(input.allowedDomains)],
      required: input.required,
    });
    this.logger.log({ accountId, issuer: input.issuer, required: input.required }, 'Single sign-on configured');
    return this.get(accountId, redirectUri);
  }

  async remove(accountId: AccountScope): Promise<void> {
    const removed = await this.configs.remove(accountId);
    if (!removed) throw new DomainError(IdentityErrorCode.SSO_NOT_CONFIGURED, 'This business account has no single sign-on');
  }

  async anyConfigured(): Promise<boolean> {
    return this.configs.anyConfigured();
  }

  async listForOperators(query: OperatorSsoQueryDto): Promise<OperatorSsoAccountListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.configs.pageForOperators(query.required, page);
    return pageResult(
      page,
      rows.map((r) => ({
        accountId: r.account_id,
        companyName: r.company_name,
        supportCode: r.support_code,
        issuer: r.issuer,
        allowedDomains: r.allowed_domains,
        required: r.required,
      })),
      total,
    );
  }
}
