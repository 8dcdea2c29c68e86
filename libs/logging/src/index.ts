export * from './app-logger';
export * from './nest-pino-logger';
