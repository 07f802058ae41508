// An error the processor answers with its own status and `{ error: { code, message } }` body
// (protocol.ts's ConnectorErrorBody); anything else thrown is a 500 "internal".
export class ConnectorError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
