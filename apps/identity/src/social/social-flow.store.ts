import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, sha256Hex } from '#common';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import type { ProviderProfile } from './provider-client.js';
import type { MethodRef } from './social.types.js';

/** A started authorization request, keyed by its `state`, bound to the browser that started it. */
export interface StartedFlow {
  method: MethodRef;
  /** SHA-256 of the random value in the browser's `lic_social` cookie (login CSRF protection). */
  bindingHash: string;
  codeVerifier: string;
  nonce?: string;
  redirectUri: string;
  keepSignedIn: boolean;
  /** Set when a signed-in user links the provider from security settings (proof: their session). */
  linkUserId?: string;
}

/** The step after the provider answered, which the portal finishes with the ticket. */
export type Ticket =
  | { kind: 'session'; userId: string; keepSignedIn: boolean; ssoAccountId?: string }
  | { kind: 'sign-up'; method: MethodRef; profile: ProviderProfile; keepSignedIn: boolean }
  | { kind: 'link'; method: MethodRef; profile: ProviderProfile; userId: string; keepSignedIn: boolean };

/**
 * Flows and tickets live in Redis for SOCIAL_FLOW_TTL_SECONDS and are taken once (GETDEL); only
 * hashes of `state` and tickets are used as keys. Redis being down fails a sign-in with a
 * provider, which can simply be started again.
 */
@Injectable()
export class SocialFlowStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  private key(kind: 'flow' | 'ticket', secret: string): string {
    return `${this.config.redis.prefix}:social:${kind}:${sha256Hex(secret)}`;
  }

  async saveFlow(state: string, flow: StartedFlow): Promise<void> {
    await this.redis.set(this.key('flow', state), JSON.stringify(flow), 'EX', this.config.social.flowTtlSeconds);
  }

  async takeFlow(state: string): Promise<StartedFlow | null> {
    const raw = await this.redis.getdel(this.key('flow', state));
    return raw ? (JSON.parse(raw) as StartedFlow) : null;
  }

  async issueTicket(ticket: Ticket): Promise<string> {
    const secret = newOpaqueToken();
    await this.redis.set(this.key('ticket', secret), JSON.stringify(ticket), 'EX', this.config.social.flowTtlSeconds);
    return secret;
  }

  async peekTicket(secret: string): Promise<Ticket | null> {
    const raw = await this.redis.get(this.key('ticket', secret));
    return raw ? (JSON.parse(raw) as Ticket) : null;
  }

  async takeTicket(secret: string): Promise<Ticket | null> {
    const raw = await this.redis.getdel(this.key('ticket', secret));
    return raw ? (JSON.parse(raw) as Ticket) : null;
  }

  /** Puts a ticket back after a step that failed without consuming it (a wrong password). */
  async restoreTicket(secret: string, ticket: Ticket): Promise<void> {
    await this.redis.set(this.key('ticket', secret), JSON.stringify(ticket), 'EX', this.config.social.flowTtlSeconds, 'NX');
  }
}
