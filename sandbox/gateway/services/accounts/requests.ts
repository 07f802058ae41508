import { MerchantAccountCreate } from '../../../../helpers/schemas/index.ts';
import { structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';

// MerchantAccountCreate / MerchantAccountUpdate are `deny_unknown_fields` in Hyperswitch
// (crates/api_models/src/admin.rs): every field of theirs is accepted, nothing else; each has fields the other lacks.

export const CreateMerchantBody = structSchema('MerchantAccountCreate', requestStructs.MerchantAccountCreate, MerchantAccountCreate.shape);
export const UpdateMerchantBody = structSchema('MerchantAccountUpdate', requestStructs.MerchantAccountUpdate, MerchantAccountCreate.partial().shape);
