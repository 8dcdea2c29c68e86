export * from './app-config';
export * from './config.module';
export * from './load-config-or-exit';
export * from './startup-diagnostics';
export * from './entry-point';
