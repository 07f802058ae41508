import { z } from 'zod';
import { ConnectorStatus, MerchantConnectorCreate, MerchantConnectorUpdate } from '../../../../helpers/schemas/index.ts';
import { ApiError, apiErrors } from '../../model/api-error.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { connectorAccountResponse } from '../responses.ts';
import type { ConnectorAccount, GatewayState, Merchant } from '../../model/state.ts';

// Merchant connector accounts (/account/{merchant_id}/connectors). MerchantConnectorCreate and
// MerchantConnectorUpdate are `deny_unknown_fields`; the update model has no connector_name, so a
// connector account cannot change connector.

const CreateConnectorBody = structSchema('MerchantConnectorCreate', requestStructs.MerchantConnectorCreate, {
  ...MerchantConnectorCreate.shape,
  status: ConnectorStatus.optional(),
});
const UpdateConnectorBody = structSchema('MerchantConnectorUpdate', requestStructs.MerchantConnectorUpdate, MerchantConnectorUpdate.shape);

const ConnectorDetails = z.looseObject({ auth_type: z.string(), api_key: z.string().optional() });

export function findConnectorAccount(state: GatewayState, merchantId: string, mcaId: string): ConnectorAccount {
  const mca = state.connectorAccounts.get(mcaId);
  if (!mca || mca.merchant_id !== merchantId) throw apiErrors.notFound('Merchant connector account');
  return mca;
}

export function createConnectorAccount(state: GatewayState, merchant: Merchant, body: unknown) {
  const input = parseRequest(CreateConnectorBody, body);
  const label = input.connector_label ?? `${input.connector_name}_default`;
  const profileId = input.profile_id ?? merchant.default_profile;
  if (state.merchantConnectors(merchant.merchant_id).some((mca) => mca.profile_id === profileId && mca.connector_label === label)) {
    throw new ApiError(
      400,
      'HE_01',
      'invalid_request',
      `The merchant connector account with the specified profile_id '${profileId}' and connector_label '${label}' already exists in our records`,
    );
  }
  const mca: ConnectorAccount = {
    merchant_connector_id: ids.mca(),
    merchant_id: merchant.merchant_id,
    profile_id: profileId,
    connector_type: input.connector_type,
    connector_name: input.connector_name,
    connector_label: label,
    connector_account_details: ConnectorDetails.parse(input.connector_account_details ?? { auth_type: 'NoKey' }),
    test_mode: input.test_mode ?? false,
    disabled: input.disabled ?? input.status === 'inactive',
    payment_methods_enabled: input.payment_methods_enabled ?? [],
    connector_webhook_details: input.connector_webhook_details ?? null,
    metadata: input.metadata ?? null,
  };
  state.connectorAccounts.set(mca.merchant_connector_id, mca);
  return connectorAccountResponse(mca);
}

export function updateConnectorAccount(state: GatewayState, merchantId: string, mcaId: string, body: unknown) {
  const input = parseRequest(UpdateConnectorBody, body);
  const mca = findConnectorAccount(state, merchantId, mcaId);
  if (input.connector_label !== undefined) mca.connector_label = input.connector_label;
  if (input.connector_account_details !== undefined) mca.connector_account_details = ConnectorDetails.parse(input.connector_account_details);
  if (input.test_mode !== undefined) mca.test_mode = input.test_mode;
  if (input.status !== undefined) mca.disabled = input.status === 'inactive';
  if (input.disabled !== undefined) mca.disabled = input.disabled;
  if (input.payment_methods_enabled !== undefined) mca.payment_methods_enabled = input.payment_methods_enabled;
  if (input.connector_webhook_details !== undefined) mca.connector_webhook_details = input.connector_webhook_details;
  if (input.metadata !== undefined) mca.metadata = input.metadata;
  return connectorAccountResponse(mca);
}

export function deleteConnectorAccount(state: GatewayState, merchantId: string, mcaId: string) {
  findConnectorAccount(state, merchantId, mcaId);
  state.connectorAccounts.delete(mcaId);
  return { merchant_id: merchantId, merchant_connector_id: mcaId, deleted: true };
}
