import { expect, test } from '@playwright/test';
import { maskCardNumber, maskHeaders, maskText, maskValue, registerSecret } from '../../helpers/secrets/mask.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';

const secretKey = `snd_${'A1b2'.repeat(16)}`;
const publishableKey = 'pk_snd_3f2a9c0d1e2b4c5d6e7f8a9b0c1d2e3f';

test('card numbers keep only the first six and last four digits', () => {
  expect(maskCardNumber('4242424242424242')).toBe('424242******4242');
  expect(maskCardNumber('4242 4242 4242 4242')).toBe('424242******4242');
  expect(maskText('card 378282246310005 ok')).toBe('card 378282*****0005 ok');
});

test('no full test card survives maskText in any grouping', () => {
  for (const card of Object.values(testCards)) {
    const grouped = card.number.replace(/(\d{4})(?=\d)/g, '$1 ');
    const masked = maskText(`${card.number} / ${grouped}`);
    expect(masked).not.toContain(card.number);
    expect(masked.replace(/\s/g, '')).not.toContain(card.number);
  }
});

test('keys, client secrets and registered secrets are masked in text', () => {
  const hashKey = 'q'.repeat(40) + 'Z9';
  registerSecret(hashKey);
  const text = `api-key: ${secretKey} pk ${publishableKey} cs pay_ABC123_secret_XYZ789abc hash ${hashKey}`;
  const masked = maskText(text);
  for (const secret of [secretKey, publishableKey, 'XYZ789abc', hashKey]) expect(masked).not.toContain(secret);
  expect(masked).toContain('pay_ABC123_secret_****');
});

test('sensitive object keys and headers are masked, timestamps are left alone', () => {
  const value = maskValue({ requestHeaders: { 'api-key': secretKey }, body: { card_number: '4111111111111111', card_cvc: '123', created: 1732400000000 } });
  expect(JSON.stringify(value)).not.toContain(secretKey);
  expect(value.body).toEqual({ card_number: '411111******1111', card_cvc: '****', created: 1732400000000 });
  expect(maskHeaders({ 'x-webhook-signature-512': 'a'.repeat(128), 'content-type': 'application/json' })['content-type']).toBe('application/json');
});
