import { DynamicModule, Module } from '@nestjs/common';
import { MdmBodyParsers } from './mdm.body-parsers.js';
import type { MdmConfig } from './mdm.config.js';
import { MdmController } from './mdm.controller.js';
import { OperatorMdmController } from './operator-mdm.controller.js';
import { MdmExpiryWatcher } from './mdm-expiry.watcher.js';
import { MdmRepository } from './mdm.repository.js';
import { MdmService } from './mdm.service.js';
import { MDM_SETTINGS, type MdmSettings } from './mdm.tokens.js';

/** MDM push certificate signing: the endpoints, the records, and the vendor certificate's expiry watch. */
@Module({})
export class MdmModule {
  static forRoot(config: MdmConfig | null): DynamicModule {
    const settings: MdmSettings = { config };
    return {
      module: MdmModule,
      controllers: [MdmController, OperatorMdmController],
      providers: [{ provide: MDM_SETTINGS, useValue: settings }, MdmBodyParsers, MdmRepository, MdmService, MdmExpiryWatcher],
      exports: [MdmExpiryWatcher, MdmService],
    };
  }
}
