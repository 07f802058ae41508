// Prices as the shop prints them: "18.50 USD". Amounts are kept in minor units (as OwnGateway takes them);
// how many of those make one unit of the currency is the ISO 4217 exponent, which Intl knows.

// Building an Intl.NumberFormat costs far more than formatting with it, and every product list prices each product.
const digitsByCurrency = new Map<string, number>();

function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function formatPrice(minorAmount: number, currency: string): string {
  const digits = minorDigits(currency);
  const padded = String(minorAmount).padStart(digits + 1, '0');
  const units = digits === 0 ? padded : `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return `${units} ${currency}`;
}
