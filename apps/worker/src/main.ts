import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';

// The app's modules load once the configuration is valid: a bad variable stops the process at once.
runEntryPoint('Worker', async (config) => (await import('./create-worker-app.js')).createWorkerApp(config));
