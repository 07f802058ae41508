export { startStorefront, StorefrontOptions, type StartedStorefront } from './server.ts';
export { StorefrontDefect } from './defects.ts';
