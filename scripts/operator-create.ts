/**
 * Creates an operator account (the vendor's sales and support staff).
 *   npm run operator:create -- --email ann@vendor.example --first-name Ann --last-name Smith
 * Missing values are asked for (the password without echo); `--password` works for automation but
 * shows in the process list. `--promote` makes an existing user an operator instead.
 * DATABASE_URL selects the database; PASSWORD_HASH_MEMORY_KIB / PASSWORD_HASH_ITERATIONS the argon2 cost.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '#common';
import { createDataSource } from '#database';
import { identityEnvSchema } from '../apps/identity/src/config.js';
import { createOperator, OperatorInputError } from '../apps/identity/src/operators/create-operator.js';

const usage = `usage: npm run operator:create -- --email <email> [--first-name <name>] [--last-name <name>] [--password <password>] [--promote]`;

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  try {
    process.stdout.write(question);
    muted = hidden && process.stdin.isTTY === true;
    const answer = await rl.question('');
    if (muted) process.stdout.write('\n');
    return answer.trim();
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      password: { type: 'string' },
      promote: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = loadConfig(identityEnvSchema.pick({ DATABASE_URL: true, PASSWORD_HASH_MEMORY_KIB: true, PASSWORD_HASH_ITERATIONS: true }), process.env, (p) => ({
    databaseUrl: p.DATABASE_URL,
    passwordHash: { memoryKib: p.PASSWORD_HASH_MEMORY_KIB, iterations: p.PASSWORD_HASH_ITERATIONS },
  }));
  const email = values.email ?? (await ask('Email: '));
  const db = createDataSource({ url: config.databaseUrl, poolSize: 1, applicationName: 'operator-create' });
  await db.initialize();
  try {
    const exists = await db.query(`SELECT 1 FROM users WHERE email = $1`, [email.trim().toLowerCase()]);
    const creating = exists.length === 0;
    const firstName = values['first-name'] ?? (creating ? await ask('First name: ') : undefined);
    const lastName = values['last-name'] ?? (creating ? await ask('Last name: ') : undefined);
    let password = values.password;
    if (password === undefined && creating) {
      password = await ask('Password: ', true);
      if ((await ask('Repeat password: ', true)) !== password) throw new OperatorInputError('the passwords differ');
    }
    const result = await createOperator(db, { email, firstName, lastName, password }, { promote: values.promote, passwordHash: config.passwordHash });
    console.log(`operator ${result.outcome}: ${result.email} (${result.userId})`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  if (err instanceof OperatorInputError || err instanceof ConfigError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`operator:create: ${(err as Error).message}\n${usage}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
