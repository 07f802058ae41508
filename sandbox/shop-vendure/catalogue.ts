import { LanguageCode, type InitialData } from '@vendure/core';

// What the shop sells and where it ships, as a merchant's seed data: one channel (Vendure's default,
// USD), a few countries in two zones, one tax rate, two shipping methods and the OwnGateway payment
// method. Prices are major units in the product CSV (Vendure's importer) and minor units elsewhere.

export interface CatalogueProduct {
  name: string;
  slug: string;
  description: string;
  sku: string;
  priceMajor: string;
}

export const products: readonly CatalogueProduct[] = [
  { name: 'Field Notebook', slug: 'field-notebook', description: 'A5 dot-grid notebook, 120 pages of 100 gsm paper.', sku: 'NB-A5-DOT', priceMajor: '18.00' },
  { name: 'Brass Pen', slug: 'brass-pen', description: 'A solid brass rollerball that ages with you.', sku: 'PEN-BRASS', priceMajor: '54.50' },
  { name: 'Oak Desk Lamp', slug: 'oak-desk-lamp', description: 'A warm LED lamp on an oiled oak base.', sku: 'LAMP-OAK', priceMajor: '129.00' },
];

export const TAX_RATE_NAME = 'Standard Tax';

export const initialData: InitialData = {
  defaultLanguage: LanguageCode.en,
  defaultZone: 'Americas',
  taxRates: [{ name: TAX_RATE_NAME, percentage: 8 }],
  shippingMethods: [
    { name: 'Standard Shipping', price: 500 },
    { name: 'Express Shipping', price: 1500 },
  ],
  paymentMethods: [{ name: 'OwnGateway', handler: { code: 'owngateway', arguments: [] } }],
  countries: [
    { name: 'United States', code: 'US', zone: 'Americas' },
    { name: 'Canada', code: 'CA', zone: 'Americas' },
    { name: 'United Kingdom', code: 'GB', zone: 'Europe' },
    { name: 'Germany', code: 'DE', zone: 'Europe' },
    { name: 'France', code: 'FR', zone: 'Europe' },
  ],
  collections: [],
};

/** The products as the CSV Vendure's Importer reads (one variant each, stock not tracked). */
export function productsCsv(): string {
  const header = 'name,slug,description,assets,facets,optionGroups,optionValues,sku,price,taxCategory,stockOnHand,trackInventory,variantAssets,variantFacets';
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const rows = products.map((p) =>
    [p.name, p.slug, p.description, '', '', '', '', p.sku, p.priceMajor, TAX_RATE_NAME, '100', 'false', '', ''].map(quote).join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}
