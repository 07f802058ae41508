// The reference store's products. Prices live on the server: the browser never decides an amount.
export interface Product {
  sku: string;
  name: string;
  description: string;
  unit_amount: number;
}

export const CATALOGUE_CURRENCY = 'USD';

export const products: readonly Product[] = [
  { sku: 'mug-001', name: 'Enamel camp mug', description: 'Holds 350 ml of coffee or soup.', unit_amount: 1850 },
  { sku: 'tee-002', name: 'Organic cotton tee', description: 'Heavyweight, garment dyed.', unit_amount: 3200 },
  { sku: 'cap-003', name: 'Six-panel cap', description: 'Waxed canvas, adjustable strap.', unit_amount: 2400 },
];

export function productBySku(sku: string): Product | undefined {
  return products.find((product) => product.sku === sku);
}
