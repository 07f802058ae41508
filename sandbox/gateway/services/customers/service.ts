import { z } from 'zod';
import { AddressDetails, Metadata } from '../../../../helpers/schemas/index.ts';
import { apiErrors } from '../../model/api-error.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { Customer, GatewayState, Merchant } from '../../model/state.ts';

// Customers (crates/api_models/src/customers.rs; in API v1 CustomerRequest and CustomerUpdateRequest are not
// deny_unknown_fields, so other fields are ignored; errors from errors/customers_error_response.rs). Deleting a
// customer deletes their saved payment methods too, as Hyperswitch's delete_customer does.

const CustomerFields = {
  name: z.string().max(255).optional(),
  email: z.string().max(255).optional(),
  phone: z.string().max(255).optional(),
  phone_country_code: z.string().max(255).optional(),
  description: z.string().max(255).optional(),
  address: AddressDetails.optional(),
  metadata: Metadata.optional(),
  tax_registration_id: z.string().optional(),
};
const CreateCustomerBody = structSchema('CustomerRequest', requestStructs.CustomerRequest, {
  customer_id: z.string().min(1).max(64).optional(),
  ...CustomerFields,
});
const UpdateCustomerBody = structSchema('CustomerUpdateRequest', requestStructs.CustomerUpdateRequest, CustomerFields);

export function customerResponse(customer: Customer) {
  return {
    customer_id: customer.customer_id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    phone_country_code: customer.phone_country_code,
    description: customer.description,
    address: customer.address,
    created_at: customer.created_at,
    metadata: customer.metadata,
    default_payment_method_id: customer.default_payment_method_id,
  };
}

export function findCustomer(state: GatewayState, merchant: Merchant, customerId: string): Customer {
  const customer = state.customers.get(`${merchant.merchant_id}/${customerId}`);
  if (!customer) throw apiErrors.notFound('Customer');
  return customer;
}

export function createCustomer(state: GatewayState, merchant: Merchant, body: unknown) {
  const input = parseRequest(CreateCustomerBody, body);
  const customerId = input.customer_id ?? ids.customer();
  const key = `${merchant.merchant_id}/${customerId}`;
  if (state.customers.has(key)) throw apiErrors.duplicateCustomer();
  const customer: Customer = {
    customer_id: customerId,
    merchant_id: merchant.merchant_id,
    name: input.name ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    phone_country_code: input.phone_country_code ?? null,
    description: input.description ?? null,
    address: input.address ?? null,
    metadata: input.metadata ?? null,
    default_payment_method_id: null,
    created_at: new Date().toISOString(),
  };
  state.customers.set(key, customer);
  return customerResponse(customer);
}

/** A payment or saved card naming an unknown customer creates it, as Hyperswitch's create_customer_if_not_exist. */
export function ensureCustomer(state: GatewayState, merchantId: string, customerId: string): Customer {
  const key = `${merchantId}/${customerId}`;
  let customer = state.customers.get(key);
  if (!customer) {
    customer = {
      customer_id: customerId,
      merchant_id: merchantId,
      name: null,
      email: null,
      phone: null,
      phone_country_code: null,
      description: null,
      address: null,
      metadata: null,
      default_payment_method_id: null,
      created_at: new Date().toISOString(),
    };
    state.customers.set(key, customer);
  }
  return customer;
}

export function updateCustomer(state: GatewayState, merchant: Merchant, customerId: string, body: unknown) {
  const input = parseRequest(UpdateCustomerBody, body);
  const customer = findCustomer(state, merchant, customerId);
  for (const field of ['name', 'email', 'phone', 'phone_country_code', 'description', 'address', 'metadata'] as const) {
    const value = input[field];
    if (value !== undefined) (customer as Record<typeof field, unknown>)[field] = value;
  }
  return customerResponse(customer);
}

export function deleteCustomer(state: GatewayState, merchant: Merchant, customerId: string) {
  findCustomer(state, merchant, customerId);
  state.customers.delete(`${merchant.merchant_id}/${customerId}`);
  for (const [id, pm] of state.paymentMethods) if (pm.merchant_id === merchant.merchant_id && pm.customer_id === customerId) state.paymentMethods.delete(id);
  return { customer_id: customerId, customer_deleted: true, address_deleted: true, payment_methods_deleted: true };
}

export function listCustomers(state: GatewayState, merchant: Merchant, offset: number, limit: number) {
  const all = [...state.customers.values()].filter((c) => c.merchant_id === merchant.merchant_id);
  return all.slice(offset, offset + limit).map(customerResponse);
}
