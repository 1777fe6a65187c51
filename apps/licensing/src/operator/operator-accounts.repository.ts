import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountSettingsEntity, BusinessAccountEntity } from '#database';

/** Business accounts and their licensing settings as operators reach them: any account, by its id. */
@Injectable()
export class OperatorAccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(accountId: string, db: EntityManager = this.dataSource.manager): Promise<BusinessAccountEntity | null> {
    return db.findOneBy(BusinessAccountEntity, { id: accountId });
  }

  exists(accountId: string, db: EntityManager = this.dataSource.manager): Promise<boolean> {
    return db.existsBy(BusinessAccountEntity, { id: accountId });
  }

  settings(accountId: string, db: EntityManager = this.dataSource.manager): Promise<AccountSettingsEntity | null> {
    return db.findOneBy(AccountSettingsEntity, { accountId });
  }

  /**
   * The account's offline-operations switch, its settings row created if missing and then locked, so of
   * two concurrent changes the second sees the first.
   */
  async lockOfflineOperations(accountId: string, db: EntityManager): Promise<boolean> {
    await db.query(`INSERT INTO account_settings (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING`, [accountId]);
    const [current]: Array<{ offline_operations_enabled: boolean }> = await db.query(
      `SELECT offline_operations_enabled FROM account_settings WHERE account_id = $1 FOR UPDATE`,
      [accountId],
    );
    return current?.offline_operations_enabled ?? false;
  }

  /** The settings row `lockOfflineOperations` made sure of. */
  lockedSettings(accountId: string, db: EntityManager): Promise<AccountSettingsEntity> {
    return db.findOneByOrFail(AccountSettingsEntity, { accountId });
  }

  async setOfflineOperations(accountId: string, enabled: boolean, operatorId: string, db: EntityManager): Promise<void> {
    await db.update(AccountSettingsEntity, { accountId }, { offlineOperationsEnabled: enabled, updatedBy: operatorId });
  }
}
