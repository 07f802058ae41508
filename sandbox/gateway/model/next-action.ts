// What a payment asks of the customer next (Hyperswitch's NextActionData, the two kinds the sandbox
// gives): a visit to the processor's page, or 3DS in Unified Checkout's own overlay.

export type NextAction = { type: 'redirect_to_url'; redirect_to_url: string } | { type: 'three_ds_invoke'; three_ds_data: ThreeDsData };

export interface ThreeDsData {
  three_ds_authentication_url: string;
  three_ds_authorize_url: string;
  three_ds_method_details: {
    three_ds_method_key: 'threeDSMethodData';
    three_ds_method_data_submission: boolean;
    three_ds_method_data: string;
    three_ds_method_url: string | null;
  };
  poll_config: { poll_id: string; delay_in_secs: number; frequency: number };
  message_version: string;
  directory_server_id: string;
}
