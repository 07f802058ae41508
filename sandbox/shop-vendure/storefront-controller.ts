import { readFileSync } from 'node:fs';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { Logger } from '@vendure/core';
import type { Request, Response } from 'express';
import { products } from './catalogue.ts';
import { decorateMethod } from './nest-decorate.ts';
import { OwnGatewayPayments, PAID_STATES } from './owngateway-payments.ts';
import type { GatewayPayment } from './owngateway-client.ts';
import type { VerifiedPayment } from './payment-handler.ts';
import { checkoutPage, confirmationPage, homePage, notFoundPage, productPage, type PageConfig, type Verdict } from './pages.ts';
import { SELF_HOSTED_LOADER_PATH } from './settings.ts';
import { checkReturnUrlSignature } from './signatures.ts';

// The storefront's routes, served by Vendure's own server: pages, the page script, and the
// confirmation route OwnGateway sends the customer back to (verified here, server side).

const LOG = 'OwnGatewayConfirmation';
const SHOP_SCRIPT = readFileSync(new URL('./public/shop.js', import.meta.url));
/** Storefront-side flags of the seeded defects (what the page sends); the rest never leave the server. */
const PAGE_FLAGS = ['client-supplied-amount', 'client-supplied-state'] as const;

export class StorefrontController {
  readonly #payments: OwnGatewayPayments;
  constructor(payments: OwnGatewayPayments) {
    this.#payments = payments;
  }

  /**
   * Every page's Content-Security-Policy: the shop's own script and OwnGateway's loader, OwnGateway's
   * frames (the card form, the 3DS overlay) and the loader's calls to OwnGateway's API.
   */
  #policy(): string {
    const { publicUrl, defects } = this.#payments.settings;
    const owngateway = new URL(publicUrl).origin;
    // The defect: the frames were left at 'self' when the policy was written for the shop's own pages.
    const frames = defects.has('csp-blocks-sdk-frames') ? "'self'" : owngateway;
    return `script-src 'self' ${owngateway}; frame-src ${frames}; connect-src 'self' ${owngateway}`;
  }

  #sendHtml(res: Response, status: number, html: string): void {
    res.status(status).set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': this.#policy() }).send(html);
  }

  #config(): PageConfig {
    return { shopApi: '/shop-api', flags: PAGE_FLAGS.filter((flag) => this.#payments.settings.defects.has(flag)) };
  }

  home(res: Response): void {
    this.#sendHtml(res, 200, homePage(products, this.#config()));
  }

  product(slug: string, res: Response): void {
    if (!products.some((p) => p.slug === slug)) return this.#sendHtml(res, 404, notFoundPage(this.#config()));
    this.#sendHtml(res, 200, productPage(slug, this.#config()));
  }

  checkout(res: Response): void {
    this.#sendHtml(res, 200, checkoutPage(this.#config()));
  }

  script(res: Response): void {
    res.status(200).set({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).send(SHOP_SCRIPT);
  }

  /** The defect's copy of the loader, taken from OwnGateway once and served from this host. */
  #loaderCopy: Promise<string> | null = null;
  async selfHostedLoader(res: Response): Promise<void> {
    const { defects, publicUrl } = this.#payments.settings;
    if (!defects.has('sdk-self-hosted')) return this.#sendHtml(res, 404, notFoundPage(this.#config()));
    this.#loaderCopy ??= fetch(`${publicUrl}/HyperLoader.js`, { signal: AbortSignal.timeout(5000) }).then((r) => r.text());
    res
      .status(200)
      .set({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' })
      .send(await this.#loaderCopy);
  }

  async confirmation(code: string, req: Request, res: Response): Promise<void> {
    const url = new URL(req.originalUrl, this.#payments.settings.shopUrl);
    try {
      const { status, verdict, message } = await this.#confirm(code, url);
      this.#sendHtml(res, status, confirmationPage(code, verdict, message));
    } catch (error) {
      Logger.warn(`confirmation of ${code}: ${this.#payments.describeError(error)}`, LOG);
      this.#sendHtml(
        res,
        200,
        confirmationPage(code, 'pending', 'We could not reach the payment provider just now. This page will check again; you will not be charged twice.'),
      );
    }
  }

  async #confirm(code: string, url: URL): Promise<{ status: number; verdict: Verdict; message: string }> {
    const payments = this.#payments;
    const { defects, client, paymentResponseHashKey } = payments.settings;
    const ctx = await payments.serverContext();
    const order = await payments.findOrder(ctx, code);
    if (!order) return { status: 404, verdict: 'failed', message: 'We could not find this order.' };
    const paymentId = url.searchParams.get('payment_id');

    if (defects.has('settle-on-return-status')) {
      // The defect: the redirect says how the payment went, so that is how it went.
      const said = url.searchParams.get('status') ?? '';
      const believed: GatewayPayment = {
        payment_id: paymentId ?? `return_${Date.now()}`,
        status: said,
        amount: order.totalWithTax,
        currency: order.currencyCode,
      };
      const state = said === 'succeeded' ? 'Settled' : said === 'requires_capture' ? 'Authorized' : undefined;
      if (state) await payments.acceptPayment(ctx, code, believed, 'return', state);
      return this.#verdict(code, paymentId, said === 'failed' ? 'The payment was declined.' : '');
    }

    if (url.searchParams.has('signature') || url.searchParams.has('signature_algorithm')) {
      const signed = checkReturnUrlSignature(url, paymentResponseHashKey);
      if (!signed.valid) return { status: 400, verdict: 'failed', message: `This payment confirmation could not be verified (${signed.reason}).` };
    }
    if (!paymentId) return this.#verdict(code, null, '');
    // The defect: the return only shows what the webhooks have recorded; the payment is never looked up.
    if (defects.has('no-reconciliation')) return this.#verdict(code, paymentId, '');
    const payment = await client.retrievePayment(paymentId);
    if (payments.orderCodeOf(payment) !== order.code) return { status: 400, verdict: 'failed', message: 'This payment confirmation is for a different order.' };
    // The defect: the state the page claims is the state recorded; only order and amount were checked.
    const imposed = defects.has('client-supplied-state') ? stateClaimed(url) : undefined;
    if (imposed && !payments.paymentMatchesOrder(order, payment)) return { status: 400, verdict: 'failed', message: 'The payment does not match this order.' };
    await payments.acceptPayment(ctx, code, payment, 'return', imposed);
    const declined = payment.status === 'failed' ? (payment.error_message ?? 'The payment was declined.') : '';
    return this.#verdict(code, paymentId, declined);
  }

  /** What the customer is told: from the order as Vendure now has it, never from the URL. */
  async #verdict(code: string, paymentId: string | null, declined: string): Promise<{ status: number; verdict: Verdict; message: string }> {
    const ctx = await this.#payments.serverContext();
    const order = await this.#payments.findOrder(ctx, code);
    if (!order) return { status: 404, verdict: 'failed', message: 'We could not find this order.' };
    const recorded = await this.#payments.paymentsOf(ctx, order);
    const accepted = recorded.some((p) => (paymentId === null || p.transactionId === paymentId) && (p.state === 'Authorized' || p.state === 'Settled'));
    if (PAID_STATES.includes(order.state) && accepted) return { status: 200, verdict: 'confirmed', message: '' };
    if (declined) return { status: 200, verdict: 'failed', message: declined || 'The payment was declined.' };
    if (paymentId === null) return { status: 200, verdict: 'failed', message: 'No payment was completed for this order yet.' };
    return { status: 200, verdict: 'pending', message: '' };
  }
}

/** The Vendure payment state named by the page (`state`), or read off the redirect's `status`. */
function stateClaimed(url: URL): VerifiedPayment['state'] | undefined {
  const state = url.searchParams.get('state');
  if (state === 'Authorized' || state === 'Settled') return state;
  const status = url.searchParams.get('status');
  return status === 'succeeded' ? 'Settled' : status === 'requires_capture' ? 'Authorized' : undefined;
}

Controller()(StorefrontController);
Inject(OwnGatewayPayments)(StorefrontController, undefined, 0);
const proto = StorefrontController.prototype;
decorateMethod(proto, 'home', [Get('')], [Res()]);
decorateMethod(proto, 'product', [Get('products/:slug')], [Param('slug'), Res()]);
decorateMethod(proto, 'checkout', [Get('checkout')], [Res()]);
decorateMethod(proto, 'script', [Get('storefront/shop.js')], [Res()]);
decorateMethod(proto, 'selfHostedLoader', [Get(SELF_HOSTED_LOADER_PATH.slice(1))], [Res()]);
decorateMethod(proto, 'confirmation', [Get('checkout/confirmation/:code')], [Param('code'), Req(), Res()]);
