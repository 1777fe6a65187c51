import { Injectable } from '@nestjs/common';
import { pageOf, pageResult, utcToday } from '#common';
import { toSubscriptionSummary } from '../shared/subscription.mapper.js';
import { SubscriptionsRepository } from '../shared/subscriptions.repository.js';
import type { ListOperatorSubscriptionsQueryDto, OperatorSubscriptionListResponseDto } from './operator-subscription-list.dto.js';
import { toAccountRef } from './operator-view.js';

/** The operators' list of every subscription (all accounts, registered or not). */
@Injectable()
export class OperatorSubscriptionListService {
  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  async list(query: ListOperatorSubscriptionsQueryDto): Promise<OperatorSubscriptionListResponseDto> {
    const today = utcToday();
    const page = pageOf(query);
    const [{ rows, total }, counts] = await Promise.all([
      this.subscriptions.pageAcrossAccounts(query, today, page),
      this.subscriptions.countsAcrossAccounts(query, today),
    ]);
    return {
      ...pageResult(
        page,
        rows.map((s) => ({ ...toSubscriptionSummary(s, today), account: toAccountRef(s.account ?? null) })),
        total,
      ),
      counts,
    };
  }
}
