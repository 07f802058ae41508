// Everything that reaches a log, step, attachment or report passes through here first.
// Reports are shared with OwnGateway, so a secret key or a full card number must never survive.

const SECRET_KEY = /\b(snd|prd|dev|integ)_[A-Za-z0-9]{20,}\b/g;
const PUBLISHABLE_KEY = /\bpk_(snd|prd|dev|integ)_[A-Za-z0-9]{16,}\b/g;
const CLIENT_SECRET = /\b(pay_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+\b/g;
// 12 to 19 digits, optionally grouped by spaces or dashes: what a PAN looks like in any text.
const CARD_NUMBER = /\b\d(?:[ -]?\d){11,18}\b/g;
const SENSITIVE_KEYS =
  /^(api[-_]?key|admin[-_]?api[-_]?key|authorization|payment_response_hash_key|merchant_secret|additional_secret|card_cvc|cvc|cvv|webhook_password|x-webhook-signature-512|stripe-signature|cko-signature|password|secret|hash_key|connector_webhook_secret)$/i;

export function maskCardNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 12) return value;
  return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

export function maskSecret(value: string): string {
  if (value.length <= 8) return '****';
  return `${value.slice(0, value.startsWith('pk_') ? 7 : 4)}****${value.slice(-2)}`;
}

/**
 * Masks keys, client secrets and card numbers in free text. Values listed in `extraSecrets`
 * (the configured hash key, connector secrets) are masked wherever they occur verbatim.
 */
export function maskText(text: string, extraSecrets: readonly string[] = registeredSecrets): string {
  let out = text;
  for (const secret of extraSecrets) if (secret.length >= 8) out = out.split(secret).join(maskSecret(secret));
  return out
    .replace(CLIENT_SECRET, (_m, paymentId: string) => `${paymentId}_secret_****`)
    .replace(PUBLISHABLE_KEY, (m) => maskSecret(m))
    .replace(SECRET_KEY, (m) => maskSecret(m))
    .replace(CARD_NUMBER, (m) => (isLikelyPan(m) ? maskCardNumber(m) : m));
}

function isLikelyPan(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13) return false;
  // Timestamps in ms (13 digits starting with 1) are not cards; real PANs start 2-6.
  return /^[2-6]/.test(digits);
}

/** Deep copy with sensitive fields replaced and every string run through maskText. */
export function maskValue<T>(value: T, extraSecrets: readonly string[] = registeredSecrets): T {
  return maskInner(value, extraSecrets) as T;
}

function maskInner(value: unknown, extraSecrets: readonly string[]): unknown {
  if (typeof value === 'string') return maskText(value, extraSecrets);
  if (Array.isArray(value)) return value.map((item) => maskInner(item, extraSecrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (SENSITIVE_KEYS.test(key) && typeof inner === 'string') out[key] = maskSecret(inner);
      else if (key === 'card_number' && typeof inner === 'string') out[key] = maskCardNumber(inner);
      else out[key] = maskInner(inner, extraSecrets);
    }
    return out;
  }
  return value;
}

export function maskHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(', ') : value;
    out[key] = SENSITIVE_KEYS.test(key) ? maskSecret(joined) : maskText(joined);
  }
  return out;
}

// Secrets that have no recognisable shape (hash keys, connector webhook secrets) are registered
// by whoever loads them, so every later maskText call in this process knows them.
const registeredSecrets: string[] = [];
export function registerSecret(...secrets: (string | undefined)[]): void {
  for (const secret of secrets) if (secret && secret.length >= 8 && !registeredSecrets.includes(secret)) registeredSecrets.push(secret);
}
