// Synchronous output for the CLI: whole strings to a file descriptor, nothing lost.
import { writeSync } from 'node:fs';

/** A blocking write of the whole string; retries while a non-blocking pipe is full. */
export function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}
