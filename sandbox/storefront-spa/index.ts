export { startSpaStorefront, SpaStorefrontOptions, SPA_SECRET_KEY_FILE, SPA_WEBHOOK_PATH, type StartedSpaStorefront } from './server.ts';
export { SpaDefect, expectedFailures } from './defects.ts';
