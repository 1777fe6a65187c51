import 'reflect-metadata';
import { runService } from '#common';
import { activationDefinition } from './activation.definition.js';

await runService(activationDefinition);
