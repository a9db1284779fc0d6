// The format-spec mini-language for int, float and str (`format(x, spec)`, f"{x:spec}"):
// CPython 3.11's Python/formatter_unicode.c, the common subset. Start at formatValue.
// SIMPLIFICATION: no 'n' locale formatting and no '=' alignment with the 'z' flag.

import type { PyObject } from './object.js';
import type { Runtime } from './runtime.js';
import { PyErr } from './pyerr.js';
import { float_repr_value } from './floatobject.js';
import { int_to_decimal } from './longobject.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(rt: Runtime, spec: string, what: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (m === null) throw PyErr.format(rt, rt.types.ValueError, `Invalid format specifier '${spec}' for object of type '${what}'`);
  return {
    fill: m[1] ?? (m[6] !== undefined && m[2] === undefined ? '0' : ' '),
    align: m[2] ?? (m[6] !== undefined ? '=' : ''),
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] !== undefined ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every: number): string {
  if (sep === '') return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function pad(s: Spec, sign: string, body: string, defaultAlign: string): string {
  const len = Array.from(sign + body).length;
  if (s.width <= len) return sign + body;
  const n = s.width - len;
  const align = s.align === '' ? defaultAlign : s.align;
  const f = s.fill;
  if (align === '<') return sign + body + f.repeat(n);
  if (align === '>') return f.repeat(n) + sign + body;
  if (align === '^') return f.repeat(n >> 1) + sign + body + f.repeat(n - (n >> 1));
  return sign + f.repeat(n) + body;
}

function signOf(s: Spec, neg: boolean): string {
  if (neg) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

export function formatInt(rt: Runtime, v: number | bigint, spec: string): string {
  const s = parseSpec(rt, spec, 'int');
  const t = s.type === '' ? 'd' : s.type;
  if ('eEfFgG%'.includes(t)) return formatFloat(rt, Number(v), spec);
  if (s.precision >= 0) throw PyErr.format(rt, rt.types.ValueError, 'Precision not allowed in integer format specifier');
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const a = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (t) {
    case 'd': case 'n': body = group(int_to_decimal(rt, a), s.grouping, 3); break;
    case 'x': body = group(a.toString(16), s.grouping, 4); prefix = s.alt ? '0x' : ''; break;
    case 'X': body = group(a.toString(16).toUpperCase(), s.grouping, 4); prefix = s.alt ? '0X' : ''; break;
    case 'o': body = group(a.toString(8), s.grouping, 4); prefix = s.alt ? '0o' : ''; break;
    case 'b': body = group(a.toString(2), s.grouping, 4); prefix = s.alt ? '0b' : ''; break;
    case 'c': body = String.fromCodePoint(Number(a)); break;
    default: throw PyErr.format(rt, rt.types.ValueError, `Unknown format code '${t}' for object of type 'int'`);
  }
  if (s.align === '=' && s.fill === '0' && s.grouping !== '' && t === 'd') {
    // zero padding groups its zeros too
    const want = s.width - signOf(s, neg).length - prefix.length;
    let digits = a.toString();
    while (group(digits, s.grouping, 3).length < want) digits = '0' + digits;
    body = group(digits, s.grouping, 3);
    return signOf(s, neg) + prefix + body;
  }
  return pad(s, signOf(s, neg) + prefix, body, '>');
}

export function formatFloat(rt: Runtime, x: number, spec: string): string {
  const s = parseSpec(rt, spec, 'float');
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let t = s.type;
  let body: string;
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
    return pad(s, signOf(s, neg && !Number.isNaN(x)), t === '%' ? body + '%' : body, '>');
  }
  const prec = s.precision;
  const groupInt = (str: string): string => {
    if (s.grouping === '') return str;
    const [i, f] = str.split('.') as [string, string | undefined];
    return group(i, s.grouping, 3) + (f !== undefined ? '.' + f : '');
  };
  const expo = (v: number, p: number, upper: boolean): string => {
    const [digits, e] = toExponentialExact(v, p);
    const mant = p === 0 ? digits + (s.alt ? '.' : '') : `${digits[0] as string}.${digits.slice(1)}`;
    const r = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    return upper ? r.toUpperCase() : r;
  };
  if (t === '' && prec >= 0) t = 'g';
  switch (t) {
    case '':
      body = float_repr_value(a);
      break;
    case 'g': case 'G': {
      const p = prec < 0 ? 6 : prec === 0 ? 1 : prec;
      if (a === 0) {
        body = s.alt ? '0.' + '0'.repeat(p - 1) : '0';
        break;
      }
      const exp = toExponentialExact(a, p - 1)[1];
      if (exp >= -4 && exp < p) {
        body = toFixedExact(a, Math.max(0, p - 1 - exp));
        if (!s.alt && body.includes('.')) body = body.replace(/\.?0+$/, '');
      } else {
        body = expo(a, p - 1, false);
        if (!s.alt) body = body.replace(/\.?0+e/, 'e');
      }
      if (s.type === '' && !body.includes('.') && !body.includes('e')) body += '.0';
      if (t === 'G') body = body.toUpperCase();
      break;
    }
    case 'f': case 'F':
      body = toFixedExact(a, prec < 0 ? 6 : prec);
      if (s.alt && !body.includes('.')) body += '.';
      break;
    case 'e': case 'E':
      body = expo(a, prec < 0 ? 6 : prec, t === 'E');
      break;
    case '%':
      body = toFixedExact(a * 100, prec < 0 ? 6 : prec) + '%';
      break;
    default:
      throw PyErr.format(rt, rt.types.ValueError, `Unknown format code '${t}' for object of type 'float'`);
  }
  body = groupInt(body);
  return pad(s, signOf(s, neg), body, '>');
}

/** x (finite, >= 0) as the exact rational num / den. */
function exactRational(x: number): [bigint, bigint] {
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  return [BigInt(m), e < 0 ? 1n << BigInt(-e) : 1n];
}

/** num / den rounded half-to-even to an integer. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  let q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  return q;
}

/**
 * x (finite, >= 0) in scientific notation with p digits after the point: [p + 1 digits,
 * decimal exponent], correctly rounded half-to-even on the exact binary value (format_float_short's
 * mode 2; JS toExponential rounds ties up).
 */
export function toExponentialExact(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p + 1), 0];
  const [num, den] = exactRational(x);
  let e = Math.floor(Math.log10(x));
  for (;;) {
    const shift = p - e;
    const q = shift >= 0 ? roundHalfEven(num * 10n ** BigInt(shift), den) : roundHalfEven(num, den * 10n ** BigInt(-shift));
    const digits = q.toString();
    if (digits.length > p + 1) {
      // rounding carried into a new digit (9.99 -> 10.0), or the estimate was low
      if (digits === '1' + '0'.repeat(p + 1)) return ['1' + '0'.repeat(p), e + 1];
      e++;
      continue;
    }
    if (digits.length < p + 1) {
      e--;
      continue;
    }
    return [digits, e];
  }
}

/**
 * x (finite, >= 0) with p digits after the point, correctly rounded half-to-even on its exact
 * binary value as CPython's dtoa does (JS toFixed rounds ties up).
 */
export function toFixedExact(x: number, p: number): string {
  // x = m * 2^e exactly
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let num = BigInt(m);
  let den = 1n;
  if (e < 0) den = 1n << BigInt(-e);
  num *= 10n ** BigInt(p);
  let q = num / den;
  const r = num - q * den;
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  let digits = q.toString();
  if (p === 0) return digits;
  if (digits.length <= p) digits = '0'.repeat(p - digits.length + 1) + digits;
  return `${digits.slice(0, digits.length - p)}.${digits.slice(digits.length - p)}`;
}

export function formatStr(rt: Runtime, v: string, spec: string): string {
  const s = parseSpec(rt, spec, 'str');
  if (s.type !== '' && s.type !== 's') throw PyErr.format(rt, rt.types.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-' || s.align === '=') throw PyErr.format(rt, rt.types.ValueError, s.align === '=' ? "'=' alignment not allowed in string format specifier" : 'Sign not allowed in string format specifier');
  const body = s.precision >= 0 ? Array.from(v).slice(0, s.precision).join('') : v;
  return pad(s, '', body, '<');
}

export type { PyObject };

/** What percentFormat asks of the str or bytes type it formats for. */
export interface PercentHelpers {
  str: (o: PyObject) => string;
  repr: (o: PyObject) => string;
  ascii: (o: PyObject) => string;
  intValue: (o: PyObject, conv: string) => number | bigint;
  floatValue: (o: PyObject) => number;
  /** new reference */
  getItem: (m: PyObject, key: string) => PyObject;
  release: (o: PyObject) => void;
  tupleItems: (o: PyObject) => PyObject[] | null;
  isMapping: (o: PyObject) => boolean;
}

/**
 * printf-style `str % args` (PyUnicode_Format): %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%
 * with flags (-+ #0), width, precision and `*`, and %(name)s with a mapping.
 */
export function percentFormat(rt: Runtime, fmt: string, args: PyObject, helpers: PercentHelpers): string {
  const T = rt.types;
  const items = helpers.tupleItems(args);
  const list = items ?? [args];
  let argi = 0;
  let usedMapping = false;
  const next = (): PyObject => {
    if (argi >= list.length) throw PyErr.format(rt, T.TypeError, 'not enough arguments for format string');
    return list[argi++] as PyObject;
  };
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    if (fmt.charCodeAt(i) !== 0x25) {
      // the literal text up to the next '%', in one piece
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? fmt.length : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    i++;
    if (fmt[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let value: PyObject | null = null;
    if (fmt[i] === '(') {
      const end = fmt.indexOf(')', i);
      if (end < 0) throw PyErr.format(rt, T.ValueError, 'incomplete format key');
      if (!helpers.isMapping(args)) throw PyErr.format(rt, T.TypeError, 'format requires a mapping');
      value = helpers.getItem(args, fmt.slice(i + 1, end));
      usedMapping = true;
      i = end + 1;
    }
    // (char codes: past the end, charCodeAt is NaN and matches none)
    let flags = '';
    for (let c = fmt.charCodeAt(i); c === 0x2d || c === 0x2b || c === 0x20 || c === 0x23 || c === 0x30; c = fmt.charCodeAt(i)) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') {
      width = String(helpers.intValue(next(), '*'));
      i++;
    } else for (let c = fmt.charCodeAt(i); c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(i)) width += fmt[i++];
    let precision = '';
    if (fmt[i] === '.') {
      i++;
      precision = '.';
      if (fmt[i] === '*') {
        precision += String(helpers.intValue(next(), '*'));
        i++;
      } else for (let c = fmt.charCodeAt(i); c >= 0x30 && c <= 0x39; c = fmt.charCodeAt(i)) precision += fmt[i++];
      if (precision === '.') precision = '.0';
    }
    for (let c = fmt.charCodeAt(i); c === 0x68 || c === 0x6c || c === 0x4c; c = fmt.charCodeAt(i)) i++;
    const conv = fmt[i++];
    if (conv === undefined) throw PyErr.format(rt, T.ValueError, 'incomplete format');
    const v = value ?? next();
    try {
    if (flags === '' && width === '' && precision === '') {
      // no flags, width or precision: the text itself (what formatStr / formatInt give then)
      if (conv === 's' || conv === 'r' || conv === 'a') {
        out += conv === 's' ? helpers.str(v) : conv === 'r' ? helpers.repr(v) : helpers.ascii(v);
        continue;
      }
      if (conv === 'd' || conv === 'i' || conv === 'u') {
        const n = helpers.intValue(v, conv);
        out += typeof n === 'number' ? String(n) : int_to_decimal(rt, n);
        continue;
      }
    }
    let align = flags.includes('-') ? '<' : '>';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !flags.includes('-');
    const alt = flags.includes('#') ? '#' : '';
    let piece: string;
    switch (conv) {
      case 's': case 'r': case 'a': {
        let s = conv === 's' ? helpers.str(v) : conv === 'r' ? helpers.repr(v) : helpers.ascii(v);
        if (precision !== '') s = Array.from(s).slice(0, Number(precision.slice(1))).join('');
        piece = formatStr(rt, s, `${align}${width}`);
        break;
      }
      case 'd': case 'i': case 'u':
        piece = formatInt(rt, helpers.intValue(v, conv), `${zero ? '' : align}${sign}${zero ? '0' : ''}${width}d`);
        break;
      case 'x': case 'X': case 'o': {
        const n = helpers.intValue(v, conv);
        piece = formatInt(rt, n, `${zero ? '' : align}${sign}${alt}${zero ? '0' : ''}${width}${conv}`);
        if (alt !== '' && conv === 'X') piece = piece.replace('0X', '0X');
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        piece = formatFloat(rt, helpers.floatValue(v), `${zero ? '' : align}${sign}${alt}${zero ? '0' : ''}${width}${precision === '' ? '.6' : precision}${conv}`);
        break;
      case 'c': {
        let s: string;
        if (isCharLike(v)) {
          s = helpers.str(v);
          if (Array.from(s).length !== 1) throw PyErr.format(rt, T.TypeError, '%c requires int or char');
        } else {
          const n = Number(helpers.intValue(v, 'c'));
          if (n < 0 || n > 0x10ffff) throw PyErr.format(rt, T.OverflowError, '%c arg not in range(0x110000)');
          s = String.fromCodePoint(n);
        }
        piece = formatStr(rt, s, `${align}${width}`);
        break;
      }
      default:
        throw PyErr.format(rt, T.ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    align = '';
    out += piece;
    } finally {
      if (value !== null) helpers.release(value);
    }
  }
  if (!usedMapping && argi < list.length && (items !== null || argi === 0)) {
    throw PyErr.format(rt, T.TypeError, 'not all arguments converted during string formatting');
  }
  return out;
}

function isCharLike(o: PyObject): boolean {
  return o.ob_type.tp_name === 'str';
}
