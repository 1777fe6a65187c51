import 'reflect-metadata';
import { runService } from '#common';
import { licensingDefinition } from './licensing.definition.js';

await runService(licensingDefinition);
