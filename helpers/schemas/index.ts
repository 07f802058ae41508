export * from './common.ts';
export * from './enums.ts';
export * from './errors.ts';
export * from './payments.ts';
export * from './refunds.ts';
export * from './merchant.ts';
export * from './connector-account.ts';
export * from './outgoing-webhook.ts';
