/**
 * Migration CLI over the one data source.
 *   node dist/scripts/migrate.js run | revert | show
 *   node dist/scripts/migrate.js generate <Name>   (writes libs/database/src/migrations/<ts>-<Name>.ts)
 * DATABASE_URL selects the database.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, schemaDiff } from '#database';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/licensing';
const [command, name] = process.argv.slice(2);
const migrationsDir = join(process.cwd(), 'libs/database/src/migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function main(): Promise<void> {
  const dataSource = createDataSource({ url, applicationName: 'migrate' });
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        process.stdout.write(applied.length ? applied.map((m) => `applied ${m.name}\n`).join('') : 'schema is up to date\n');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        process.stdout.write('reverted the last migration\n');
        break;
      case 'show': {
        const pending = await dataSource.showMigrations();
        process.stdout.write(pending ? 'there are pending migrations\n' : 'no pending migrations\n');
        break;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('usage: migration:generate -- <PascalCaseName>');
        if (await dataSource.showMigrations()) throw new Error('apply pending migrations first (npm run migration:run)');
        const diff = await schemaDiff(dataSource);
        if (diff.up.length === 0) {
          process.stdout.write('entities and migrations agree: nothing to generate\n');
          break;
        }
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const fileBase = `${timestamp}-${name}`;
        const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...diff.down].reverse().map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
        writeFileSync(join(migrationsDir, `${fileBase}.ts`), body);
        const indexPath = join(migrationsDir, 'index.ts');
        if (!existsSync(indexPath)) throw new Error(`missing ${indexPath}`);
        let index = readFileSync(indexPath, 'utf8');
        const importLine = `import { ${className} } from './${fileBase}.js';\n`;
        const lastImport = index.lastIndexOf('\nimport ');
        index =
          lastImport >= 0
            ? index.replace(/^(import [^\n]*\n)(?![\s\S]*^import )/m, `$1${importLine}`)
            : `${importLine}\n${index}`;
        index = index.replace(/= \[([^\]]*)\];/, (_m, list: string) => {
          const items = list.split(',').map((s) => s.trim()).filter(Boolean);
          items.push(className);
          return `= [\n  ${items.join(',\n  ')},\n];`;
        });
        writeFileSync(indexPath, index);
        process.stdout.write(`wrote libs/database/src/migrations/${fileBase}.ts (${diff.up.length} statements)\n`);
        break;
      }
      default:
        throw new Error('usage: migrate.js run | revert | show | generate <Name>');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
