// The allocator's three failure kinds. A full heap is a MemoryLimitError (the runtime turns it
// into Python's MemoryError); freeing or resizing something that is not a live block is an
// InvalidAddressError; a failed consistency check is a HeapCheckError. The last two are bugs in
// whoever called us, so they are InternalErrors (exit status 70), never Python exceptions.

import { InternalError } from '../util/assert.js';

/** Thrown when a request would exceed the configured byte limit (CPython's malloc returning NULL). */
export class MemoryLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MemoryLimitError';
  }
}

/** Free / realloc / inspection of an address that is not a live block: double free, wild pointer. */
export class InvalidAddressError extends InternalError {
  readonly address: number;
  constructor(op: string, address: number, why: string) {
    super(`${op}: ${hex(address)} ${why}`);
    this.name = 'InvalidAddressError';
    this.address = address;
  }
}

/** The checker found the heap's bytes and bookkeeping disagreeing. */
export class HeapCheckError extends InternalError {
  constructor(message: string) {
    super(`obmalloc check failed: ${message}`);
    this.name = 'HeapCheckError';
  }
}

/** An address as C's %p prints it on Linux (0x7f3a00000030). */
export function hex(address: number): string {
  return '0x' + address.toString(16);
}
