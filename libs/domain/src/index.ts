export * from './common/domain-validation-error';
export * from './common/email-address';
export * from './common/display-name';
export * from './common/time-zone';
export * from './common/password-policy';
export * from './common/slug';
export * from './members/member-role';
export * from './candidates/candidate-rules';
