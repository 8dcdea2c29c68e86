import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';
import { createWorkerApp } from './create-worker-app';

runEntryPoint('Worker', (config) => createWorkerApp(config));
