// The nightly watch's judgement, as pure logic: from the merchant's webhook events (with their
// delivery attempts) and its recent payments, the three figures a payments team alerts on, each held
// against its threshold. No I/O; the script feeds it what the APIs returned.

export interface WatchedAttempt {
  response_status: number | null;
  is_success: boolean;
}
export interface WatchedEvent {
  event_id: string;
  object_id: string;
  event_type: string;
  created: string;
  acknowledged: boolean;
  attempts: WatchedAttempt[];
}
export interface WatchedPayment {
  payment_id: string;
  status: string;
  created: string;
}

export interface WatchThresholds {
  maxUnacknowledgedRate: number;
  giveUpMinutes: number;
  maxUndeliveredEvents: number;
  stuckMinutes: number;
  maxStuckPayments: number;
}

export interface WatchFigure {
  name: string;
  /** What was measured, in words, with the numbers. */
  measured: string;
  threshold: string;
  breached: boolean;
  /** The ids behind the figure (events, payments): never a key or a client secret. */
  examples: string[];
}

const STUCK_STATUSES = ['processing', 'requires_customer_action'];
const minutesBetween = (from: string, to: Date) => (to.getTime() - Date.parse(from)) / 60_000;

export function assessWatch(events: readonly WatchedEvent[], payments: readonly WatchedPayment[], thresholds: WatchThresholds, now: Date): WatchFigure[] {
  const attempts = events.flatMap((event) => event.attempts.map((attempt) => ({ event, attempt })));
  const refused = attempts.filter(({ attempt }) => !attempt.is_success);
  const rate = attempts.length ? refused.length / attempts.length : 0;
  const undelivered = events.filter((event) => !event.acknowledged && minutesBetween(event.created, now) >= thresholds.giveUpMinutes);
  const stuck = payments.filter((payment) => STUCK_STATUSES.includes(payment.status) && minutesBetween(payment.created, now) > thresholds.stuckMinutes);
  const answers = [...new Set(refused.map(({ attempt }) => (attempt.response_status === null ? 'no answer' : String(attempt.response_status))))];
  return [
    {
      name: 'webhook deliveries not acknowledged',
      measured: `${refused.length} of ${attempts.length} delivery attempts not acknowledged (${(rate * 100).toFixed(1)}%)${answers.length ? `; the endpoint answered ${answers.join(', ')}` : ''}`,
      threshold: `at most ${(thresholds.maxUnacknowledgedRate * 100).toFixed(1)}%`,
      breached: rate > thresholds.maxUnacknowledgedRate,
      examples: [...new Set(refused.map(({ event }) => `${event.event_id} (${event.event_type} for ${event.object_id})`))].slice(0, 10),
    },
    {
      name: 'events never acknowledged after retries',
      measured: `${undelivered.length} event(s) still unacknowledged ${thresholds.giveUpMinutes} min or more after they were made`,
      threshold: `at most ${thresholds.maxUndeliveredEvents}`,
      breached: undelivered.length > thresholds.maxUndeliveredEvents,
      examples: undelivered.slice(0, 10).map((event) => `${event.event_id} (${event.event_type} for ${event.object_id}, ${event.attempts.length} attempt(s))`),
    },
    {
      name: `payments left in ${STUCK_STATUSES.join(' or ')}`,
      measured: `${stuck.length} payment(s) in ${STUCK_STATUSES.join(' or ')} for more than ${thresholds.stuckMinutes} min`,
      threshold: `at most ${thresholds.maxStuckPayments}`,
      breached: stuck.length > thresholds.maxStuckPayments,
      examples: stuck.slice(0, 10).map((payment) => `${payment.payment_id} (${payment.status} since ${payment.created})`),
    },
  ];
}
