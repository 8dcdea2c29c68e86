export * from './reminder-planning-error';
export * from './reminder-schedule';
export * from './reminder-status';
export * from './quiet-hours';
export * from './reminder-planner';
export type { LocalDate } from './wall-clock';
export * from './retry-policy';
export * from './message-spacing';
