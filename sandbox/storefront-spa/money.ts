// OwnGateway counts money in the currency's minor units (ISO 4217); the shop's order document shows
// decimal strings in major units: 1234 EUR -> "12.34", 1234 JPY -> "1234".

/** Where ISO 4217, which OwnGateway's minor units follow, and CLDR (Intl's data) disagree on the decimals. */
const ISO_4217_DECIMALS: Readonly<Record<string, number>> = { IQD: 3 };

const decimalFormats = new Map<string, Intl.NumberFormat>();

function decimalFormat(currency: string): Intl.NumberFormat {
  let format = decimalFormats.get(currency);
  if (!format) {
    const decimals = ISO_4217_DECIMALS[currency] ?? new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    format = new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    decimalFormats.set(currency, format);
  }
  return format;
}

export function majorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`expected a whole, non-negative number of minor units, got ${minor}`);
  const format = decimalFormat(currency);
  // As a decimal string ("1234E-2"), so no binary fraction ever rounds it.
  const exact = `${minor}E-${format.resolvedOptions().maximumFractionDigits ?? 0}` as `${number}`;
  return format.format(exact);
}
