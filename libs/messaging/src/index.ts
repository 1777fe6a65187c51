export * from './events.js';
export * from './messaging.module.js';
export * from './outbox.relay.js';
export * from './outbox.writer.js';
export * from './queue.factory.js';
export * from './queues.js';
export * from './service-foundation.js';
export * from './foundation.metrics.js';
