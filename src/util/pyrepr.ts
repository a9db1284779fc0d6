// Python 3.11's repr() of str, bytes, float and complex values, as pure functions on host
// values (no objects): used by the `ast` dump and available to the runtime.
// Mirrors unicode_repr (Objects/unicodeobject.c), bytes_repr (bytesobject.c) and
// float_repr / complex_repr with the 'r' format code (Python/pystrtod.c).

import { isPrintable } from './unicode-printable.js';

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (!isPrintable(c)) {
      out += c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

/** repr(int): decimal digits after a '-' for negatives (long_to_decimal_string). */
export function intRepr(n: bigint): string {
  return n.toString();
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * repr(float): the shortest digits that round-trip, in fixed notation when the decimal
 * exponent is in [-4, 16), else scientific with at least two exponent digits.
 */
export function floatRepr(x: number): string {
  return formatR(x, true);
}

/** The 'r' format; `addDotZero` is false inside complex reprs (`1j`, not `1.0j`). */
function formatR(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  if (exp >= -4 && exp < 16) {
    let body: string;
    if (exp >= digits.length - 1) body = digits + '0'.repeat(exp - digits.length + 1) + (addDotZero ? '.0' : '');
    else if (exp >= 0) body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    else body = '0.' + '0'.repeat(-exp - 1) + digits;
    return sign + body;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}

/** repr(complex): `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. */
export function complexRepr(real: number, imag: number): string {
  const im = formatR(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + 'j';
  const re = formatR(real, false);
  const imSigned = im.startsWith('-') ? im : '+' + im;
  return `(${re}${imSigned}j)`;
}
