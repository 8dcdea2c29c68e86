export * from './app-logger';
export * from './log-format';
export * from './nest-pino-logger';
