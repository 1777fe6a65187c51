import 'reflect-metadata';
import { runService } from '#common';
import { identityDefinition } from './identity.definition.js';

await runService(identityDefinition);
