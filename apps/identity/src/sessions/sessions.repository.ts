import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageRequest } from '#common';
import { SessionEntity } from '#database';

/** A user's sessions as their security settings list them. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user's sessions that can still be used, most recently used first, one page of them. */
  async pageLive(userId: string, page: PageRequest): Promise<{ rows: SessionEntity[]; total: number }> {
    const [rows, total] = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', { userId })
      .orderBy('s.lastUsedAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(page.pageSize)
      .skip(page.offset)
      .getManyAndCount();
    return { rows, total };
  }
}
