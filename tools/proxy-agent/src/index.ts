export * from './agent.js';
export * from './client.js';
export * from './errors.js';
export * from './state.js';
export * from './service.js';
export * from './usage-source.js';
