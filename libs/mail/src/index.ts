export * from './unsubscribe-token';
export * from './message-id';
export * from './interview-calendar';
export * from './send-failure';
export * from './outgoing-mail';
export * from './mail-transport';
export * from './mime-message';
