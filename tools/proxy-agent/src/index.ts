export * from './agent.js';
export * from './client.js';
export * from './errors.js';
export * from './state.js';
