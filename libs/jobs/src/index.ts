export * from './job-catalog';
export * from './job-ids';
export * from './queue-connection';
export * from './redis-preflight';
export * from './reminder-timer-jobs';
