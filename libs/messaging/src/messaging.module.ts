import { DynamicModule, Module } from '@nestjs/common';
import { OUTBOX_RELAY_SETTINGS, OutboxRelay, type OutboxRelaySettings } from './outbox.relay.js';

@Module({})
export class OutboxRelayModule {
  /** Runs the relay in this process. Needs DatabaseModule and RedisModule. */
  static forRoot(settings: OutboxRelaySettings): DynamicModule {
    return {
      module: OutboxRelayModule,
      providers: [{ provide: OUTBOX_RELAY_SETTINGS, useValue: settings }, OutboxRelay],
      exports: [OutboxRelay],
    };
  }
}
