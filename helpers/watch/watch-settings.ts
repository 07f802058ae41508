import { z } from 'zod';

// What `npm run watch` reads from the environment: where to look (OwnGateway, the merchant, keys) and
// the thresholds a scheduler alerts on. Validated in one go; every bad variable is named.

const Rate = z.coerce
  .number({ error: 'expected a fraction between 0 and 1, such as 0.05' })
  .min(0, 'expected a fraction between 0 and 1')
  .max(1, 'expected a fraction between 0 and 1');
const Count = z.coerce.number({ error: 'expected a whole number >= 0' }).int('expected a whole number >= 0').min(0, 'expected a whole number >= 0');
const Minutes = z.coerce.number({ error: 'expected a number of minutes >= 0' }).min(0, 'expected a number of minutes >= 0');

export const WatchSettings = z.object({
  OWNGATEWAY_BASE_URL: z.url({ error: 'expected the OwnGateway base URL, e.g. https://api.owngateway.example' }),
  OWNGATEWAY_MERCHANT_ID: z.string({ error: 'expected the merchant id' }).min(1, 'expected the merchant id'),
  OWNGATEWAY_API_KEY: z.string({ error: 'expected the secret API key (payments list)' }).min(1, 'expected the secret API key (payments list)'),
  OWNGATEWAY_ADMIN_API_KEY: z.string({ error: 'expected the admin API key (events API)' }).min(1, 'expected the admin API key (events API)'),
  /** How far back the watch looks. */
  GOLIVE_WATCH_HOURS: z.coerce
    .number({ error: 'expected a number of hours' })
    .positive('expected a number of hours > 0')
    .max(24 * 31, 'expected at most 744 hours (31 days)')
    .default(24),
  /** Highest tolerated share of delivery attempts the merchant's endpoint did not acknowledge (2xx). */
  GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE: Rate.default(0.05),
  /** An event still not acknowledged this long after it was made has given up (OwnGateway's retries are spent). */
  GOLIVE_WATCH_GIVE_UP_MINUTES: Minutes.default(60),
  /** Most events never acknowledged after retries that are tolerated. */
  GOLIVE_WATCH_MAX_UNDELIVERED_EVENTS: Count.default(0),
  /** A payment in processing or requires_customer_action longer than this is stuck. */
  GOLIVE_WATCH_STUCK_MINUTES: Minutes.default(60),
  /** Most stuck payments tolerated. */
  GOLIVE_WATCH_MAX_STUCK_PAYMENTS: Count.default(0),
  /** Where the watch writes its Allure results and report. */
  GOLIVE_WATCH_REPORT_DIR: z.string().min(1).default('reports/watch'),
});
export type WatchSettings = z.infer<typeof WatchSettings>;

export class WatchSettingsError extends Error {}

export function watchSettings(env: NodeJS.ProcessEnv): WatchSettings {
  // An empty variable (a CI secret that is not set) counts as absent.
  const present = Object.fromEntries(Object.keys(WatchSettings.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
  const parsed = WatchSettings.safeParse(present);
  if (!parsed.success) throw new WatchSettingsError(`watch: the configuration is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
