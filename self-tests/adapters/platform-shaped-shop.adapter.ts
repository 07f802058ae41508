import { readFileSync } from 'node:fs';
import { defineAdapter, type AdapterConfig } from 'golive/adapter';

// A code adapter: the JSON adapter's fields, plus what JSON cannot say. This shop asks for cookie
// consent on the first visit; a returning customer's choice is in local storage, so the checkout
// starts with it already given.
const config = JSON.parse(readFileSync(new URL('./platform-shaped-shop.adapter.json', import.meta.url), 'utf8')) as AdapterConfig;

export default defineAdapter({
  config: { ...config, name: 'platform-shaped shop (code adapter)' },
  override: (base) => ({
    async startCheckout(page, options) {
      await page.addInitScript(() => {
        window.localStorage.setItem('consent', 'all');
      });
      return base.startCheckout(page, options);
    },
  }),
});
