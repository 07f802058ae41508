// An answer of the shop's JSON API other than 2xx: `{ error: { message } }` with this status.
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const noApiRoute = (method: string, pathname: string) => new ApiError(404, `no API route ${method} ${pathname}`);
