export * from './data-source.js';
export * from './database.module.js';
export * from './entities/index.js';
export * from './migrations/index.js';
export * from './naming.strategy.js';
export * from './schema-diff.js';
export * from './accounts/create-business-account.js';
export * from './installations/deactivate-installations.js';
