import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { MeService } from './me.service.js';
import type { PendingInvitationDto, PersonalOverviewResponseDto } from './overview.dto.js';

/** The personal account's page: what the account switcher shows under "Personal". */
@Injectable()
export class PersonalOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const rows: Array<{ id: string; account_id: string; company_name: string; first_name: string | null; last_name: string | null; sent_at: Date; expires_at: Date }> =
      await this.dataSource.query(
        `SELECT i.id, i.account_id, a.company_name, inviter.first_name, inviter.last_name, i.sent_at, i.expires_at
           FROM invitations i
           JOIN users u ON u.id = $1 AND i.email = lower(u.email)
           JOIN business_accounts a ON a.id = i.account_id
           LEFT JOIN users inviter ON inviter.id = i.invited_by_user_id
          WHERE i.status = 'pending' AND i.expires_at > now()
            AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = i.account_id AND m.user_id = $1)
          ORDER BY i.sent_at DESC, i.id`,
        [userId],
      );
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
