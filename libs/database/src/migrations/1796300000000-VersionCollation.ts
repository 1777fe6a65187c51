import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `version_order`: an ICU collation with numeric ordering, so that SQL sorts product versions the way
 * people read them (7.10.0 after 7.9.2, not between 7.1 and 7.2). The downloads catalogue orders and
 * pages by `version COLLATE version_order` in SQL instead of sorting every row in memory.
 */
export class VersionCollation1796300000000 implements MigrationInterface {
  name = 'VersionCollation1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE COLLATION "version_order" (provider = icu, locale = 'en-u-kn-true')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP COLLATION "version_order"`);
  }
}
