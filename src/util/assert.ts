// Internal-bug helpers. A failed assertion is never a Python exception: it is an
// InternalError, reported to the user as an internal error with exit status 70.

export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

export function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new InternalError(`assertion failed: ${msg}`);
}

export function fail(msg: string): never {
  throw new InternalError(msg);
}

export function assertNever(x: never): never {
  throw new InternalError(`unexpected value: ${JSON.stringify(x)}`);
}
