// The shop's two stores, each priced in its own currency on the server: the euro store and a Tokyo
// pop-up store sold in yen (no minor unit). Prices are minor units; the browser only displays them.
export interface Item {
  code: string;
  title: string;
  blurb: string;
  price_minor: number;
}
export interface Store {
  id: 'eu' | 'jp';
  label: string;
  currency: 'EUR' | 'JPY';
  items: readonly Item[];
}

export const stores: readonly Store[] = [
  {
    id: 'eu',
    label: 'Europe (EUR)',
    currency: 'EUR',
    items: [
      { code: 'LMP-OAK', title: 'Oak desk lamp', blurb: 'Turned oak base, linen shade.', price_minor: 6490 },
      { code: 'PEN-BRS', title: 'Brass fountain pen', blurb: 'Fine nib, refillable converter.', price_minor: 3875 },
      { code: 'NTB-A5D', title: 'Dot-grid notebook A5', blurb: '160 pages of 100 g/m² paper.', price_minor: 1450 },
    ],
  },
  {
    id: 'jp',
    label: 'Tokyo pop-up (JPY)',
    currency: 'JPY',
    items: [
      { code: 'TNG-IRN', title: 'Cast-iron tetsubin', blurb: 'Iwate ironware kettle, 0.8 l.', price_minor: 12800 },
      { code: 'FRS-IND', title: 'Indigo furoshiki', blurb: 'Hand-dyed cotton wrapping cloth.', price_minor: 2200 },
    ],
  },
];

export function storeById(id: string): Store | undefined {
  return stores.find((store) => store.id === id);
}
