import { Injectable } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { InvitationsRepository } from '../invitations/invitations.repository.js';
import { MeService } from './me.service.js';
import type { PendingInvitationDto, PersonalOverviewResponseDto } from './overview.dto.js';

/** The personal account's page: what the account switcher shows under "Personal". */
@Injectable()
export class PersonalOverviewService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly me: MeService,
    private readonly accounts: AccountsService,
  ) {}

  async overview(userId: string): Promise<PersonalOverviewResponseDto> {
    const user = await this.me.profile(userId);
    const [accounts, pendingInvitations] = await Promise.all([this.accounts.listMine(userId), this.pendingInvitations(userId)]);
    return {
      user,
      accounts,
      pendingInvitations,
      keyRegistration: {
        service: 'licensing',
        method: 'POST',
        path: '/license-keys/register',
        accountIds: accounts.filter((a) => a.role === 'admin' && a.status === 'active').map((a) => a.id),
      },
    };
  }

  private async pendingInvitations(userId: string): Promise<PendingInvitationDto[]> {
    const rows = await this.invitations.pendingForUser(userId);
    return rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      companyName: r.company_name,
      invitedByName: r.first_name === null ? null : `${r.first_name} ${r.last_name ?? ''}`.trim(),
      sentAt: r.sent_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
    }));
  }
}
