import { z } from 'zod';
import { MerchantAccountCreate } from '../../../../helpers/schemas/index.ts';

// MerchantAccountCreate / MerchantAccountUpdate are `deny_unknown_fields` in Hyperswitch
// (crates/api_models/src/admin.rs): every field of theirs is accepted, nothing else.

const ACCEPTED_NOT_MODELLED = [
  'merchant_details', 'payout_routing_algorithm', 'sub_merchants_enabled', 'parent_merchant_id', 'publishable_key', 'locker_id',
  'primary_business_details', 'frm_routing_algorithm', 'organization_id', 'pm_collect_link_config', 'product_type',
  'merchant_account_type', 'default_profile',
] as const;
const accepted = Object.fromEntries(ACCEPTED_NOT_MODELLED.map((name) => [name, z.unknown().optional()]));

export const CreateMerchantBody = z.strictObject({ ...accepted, ...MerchantAccountCreate.shape });
export const UpdateMerchantBody = z.strictObject({ ...accepted, ...MerchantAccountCreate.partial().shape });
