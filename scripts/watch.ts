import { randomUUID, createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AllureReport, resolveConfig } from '@allurereport/core';
import { z } from 'zod';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { assessWatch, type WatchedEvent, type WatchedPayment, type WatchFigure } from '../helpers/watch/assess.ts';
import { watchSettings, WatchSettingsError, type WatchSettings } from '../helpers/watch/watch-settings.ts';
import { stripAnalytics } from '../reporting/allure-report.ts';

// The nightly watch: weeks after launch, deliveries start failing (an expired certificate, a firewall
// rule) and nobody looks until the money is missing. Over the last hours of the merchant's account it
// reads OwnGateway's events API and payments list, measures what a payments team alerts on, writes an
// Allure report and exits non-zero when a threshold is crossed. It prints and writes ids and counts
// only: never a key, a client secret or a webhook body.

runCommandLine({
  command: 'npm run watch',
  synopsis: '',
  describe: [
    ['(environment)', 'OWNGATEWAY_BASE_URL, OWNGATEWAY_MERCHANT_ID, OWNGATEWAY_API_KEY (payments list), OWNGATEWAY_ADMIN_API_KEY (events API)'],
    [
      '(thresholds)',
      'GOLIVE_WATCH_HOURS (24), GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE (0.05), GOLIVE_WATCH_GIVE_UP_MINUTES (60), GOLIVE_WATCH_MAX_UNDELIVERED_EVENTS (0), GOLIVE_WATCH_STUCK_MINUTES (60), GOLIVE_WATCH_MAX_STUCK_PAYMENTS (0)',
    ],
    ['(output)', 'GOLIVE_WATCH_REPORT_DIR (reports/watch): allure-results/, allure-report/, watch-summary.json'],
    ['exit code', '0 every figure within its threshold; 1 a threshold crossed; 2 bad configuration or OwnGateway could not be read'],
  ],
  options: {},
});

const PAGE = 100;

// Hyperswitch's event list items say is_delivery_successful; the sandbox's also carry their attempts.
const Attempt = z.looseObject({ response_status: z.number().int().nullable().optional(), is_success: z.boolean() });
const EventItem = z.looseObject({
  event_id: z.string(),
  object_id: z.string(),
  event_type: z.string(),
  created: z.string(),
  is_delivered: z.boolean().optional(),
  is_delivery_successful: z.boolean().nullish(),
  delivery_attempts: z.array(Attempt).optional(),
});
const PaymentItem = z.looseObject({ payment_id: z.string(), status: z.string(), created: z.string().nullish() });
const PaymentPage = z.looseObject({ data: z.array(PaymentItem) });

class OwnGatewayReadError extends Error {}

async function call<S extends z.ZodType>(
  settings: WatchSettings,
  schema: S,
  key: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<z.infer<S>> {
  const url = `${settings.OWNGATEWAY_BASE_URL.replace(/\/$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'api-key': key, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new OwnGatewayReadError(`${method} ${path}: OwnGateway did not answer (${error instanceof Error ? error.message : String(error)})`);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new OwnGatewayReadError(`${method} ${path}: OwnGateway answered ${response.status}`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new OwnGatewayReadError(`${method} ${path}: unexpected answer:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function recentEvents(settings: WatchSettings, since: Date): Promise<WatchedEvent[]> {
  const seen = new Map<string, WatchedEvent>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await call(
      settings,
      z.array(EventItem),
      settings.OWNGATEWAY_ADMIN_API_KEY,
      'POST',
      `/events/${encodeURIComponent(settings.OWNGATEWAY_MERCHANT_ID)}`,
      { created_after: since.toISOString(), limit: PAGE, offset },
    );
    // A server that ignores the offset hands the same page again: stop there.
    const fresh = page.filter((event) => !seen.has(event.event_id));
    for (const event of fresh) {
      if (Date.parse(event.created) < since.getTime()) continue;
      const attempts =
        event.delivery_attempts ??
        (await call(
          settings,
          z.array(Attempt),
          settings.OWNGATEWAY_ADMIN_API_KEY,
          'GET',
          `/events/${encodeURIComponent(settings.OWNGATEWAY_MERCHANT_ID)}/${encodeURIComponent(event.event_id)}/attempts`,
        ));
      seen.set(event.event_id, {
        event_id: event.event_id,
        object_id: event.object_id,
        event_type: event.event_type,
        created: event.created,
        acknowledged: event.is_delivered ?? event.is_delivery_successful ?? attempts.some((a) => a.is_success),
        attempts: attempts.map((a) => ({ response_status: a.response_status ?? null, is_success: a.is_success })),
      });
    }
    if (page.length < PAGE || fresh.length === 0) return [...seen.values()];
  }
}

async function recentPayments(settings: WatchSettings, since: Date): Promise<WatchedPayment[]> {
  const payments: WatchedPayment[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ 'created.gte': since.toISOString(), limit: String(PAGE), ...(startingAfter ? { starting_after: startingAfter } : {}) });
    const page = await call(settings, PaymentPage, settings.OWNGATEWAY_API_KEY, 'GET', `/payments/list?${query}`);
    payments.push(...page.data.map((p) => ({ payment_id: p.payment_id, status: p.status, created: p.created ?? new Date().toISOString() })));
    if (page.data.length < PAGE) return payments;
    startingAfter = page.data.at(-1)!.payment_id;
  }
}

/** One Allure test result per figure: the report is the figures, passed or failed against their thresholds. */
function writeAllureResults(dir: string, figures: WatchFigure[], settings: WatchSettings, started: number): void {
  mkdirSync(dir, { recursive: true });
  for (const figure of figures) {
    const id = createHash('md5').update(`golive-watch:${figure.name}`).digest('hex');
    const result = {
      uuid: randomUUID(),
      historyId: id,
      testCaseId: id,
      name: figure.name,
      fullName: `golive watch: ${figure.name}`,
      status: figure.breached ? 'failed' : 'passed',
      stage: 'finished',
      start: started,
      stop: Date.now(),
      statusDetails: { message: `${figure.measured} (threshold: ${figure.threshold})`, trace: figure.examples.join('\n') },
      labels: [
        { name: 'epic', value: 'Nightly watch' },
        { name: 'feature', value: `merchant ${settings.OWNGATEWAY_MERCHANT_ID}` },
        { name: 'story', value: figure.name },
      ],
      parameters: [
        { name: 'window', value: `last ${settings.GOLIVE_WATCH_HOURS} h` },
        { name: 'threshold', value: figure.threshold },
      ],
      steps: [],
      attachments: [],
    };
    writeFileSync(join(dir, `${result.uuid}-result.json`), JSON.stringify(result, null, 2));
  }
}

async function generateReport(resultsDir: string, output: string): Promise<void> {
  const config = await resolveConfig({
    name: 'golive: nightly watch',
    output,
    plugins: { awesome: { options: { reportName: 'golive: nightly watch', singleFile: false, reportLanguage: 'en', groupBy: ['epic', 'feature', 'story'] } } },
  });
  const report = new AllureReport(config);
  await report.start();
  await report.readDirectory(resultsDir);
  await report.done();
  stripAnalytics(output);
}

let settings: WatchSettings;
try {
  settings = watchSettings(process.env);
} catch (error) {
  console.error(error instanceof WatchSettingsError ? error.message : String(error));
  process.exit(2);
}

const started = Date.now();
const now = new Date(started);
const since = new Date(started - settings.GOLIVE_WATCH_HOURS * 3_600_000);
let figures: WatchFigure[];
try {
  const [events, payments] = await Promise.all([recentEvents(settings, since), recentPayments(settings, since)]);
  figures = assessWatch(
    events,
    payments,
    {
      maxUnacknowledgedRate: settings.GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE,
      giveUpMinutes: settings.GOLIVE_WATCH_GIVE_UP_MINUTES,
      maxUndeliveredEvents: settings.GOLIVE_WATCH_MAX_UNDELIVERED_EVENTS,
      stuckMinutes: settings.GOLIVE_WATCH_STUCK_MINUTES,
      maxStuckPayments: settings.GOLIVE_WATCH_MAX_STUCK_PAYMENTS,
    },
    now,
  );
  console.log(
    `watch: merchant ${settings.OWNGATEWAY_MERCHANT_ID}, last ${settings.GOLIVE_WATCH_HOURS} h: ${events.length} webhook event(s), ${payments.length} payment(s)`,
  );
} catch (error) {
  console.error(`watch: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const dir = settings.GOLIVE_WATCH_REPORT_DIR;
const resultsDir = join(dir, 'allure-results');
rmSync(resultsDir, { recursive: true, force: true });
writeAllureResults(resultsDir, figures, settings, started);
writeFileSync(
  join(dir, 'watch-summary.json'),
  JSON.stringify({ merchant_id: settings.OWNGATEWAY_MERCHANT_ID, window_hours: settings.GOLIVE_WATCH_HOURS, at: now.toISOString(), figures }, null, 2),
);
await generateReport(resultsDir, join(dir, 'allure-report'));
for (const figure of figures) {
  console.log(`  ${figure.breached ? 'ALERT' : 'ok   '} ${figure.name}: ${figure.measured} (threshold: ${figure.threshold})`);
  for (const example of figure.breached ? figure.examples : []) console.log(`        ${example}`);
}
console.log(`watch: report ${join(dir, 'allure-report')}`);
process.exit(figures.some((f) => f.breached) ? 1 : 0);
