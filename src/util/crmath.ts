// Correctly rounded exp, log, sin, cos, tan, atan2, asin, acos, hypot and pow (for a positive
// base), as pure functions on doubles; sinh and cosh follow glibc's own steps (they are not
// correctly rounded there), on top of these. CPython calls the C library for these (complexobject.c's _Py_c_pow uses hypot,
// pow, atan2, exp, log, cos and sin); glibc's results are correctly rounded in all but a tiny
// fraction of cases, while V8's Math functions differ from them in the last place for a few
// percent of arguments. Each function here evaluates its series in BigInt fixed point with 200
// fraction bits (argument reduction for sin/cos with 1,400 bits of pi/2, so even 1e300 reduces
// exactly), then rounds once to the nearest double. Slow next to Math.*: use where the last
// digit is visible in printed output.
//
// The constants pi/2 and ln 2 are computed on first use (Machin's formula, the atanh series)
// and never change afterwards.

const F = 200n;
const ONE = 1n << F;
const G = 1400n;

let constants: { halfPiG: bigint; halfPiF: bigint; piF: bigint; ln2F: bigint } | null = null;

/** atan(1/n) * 2^bits by its alternating series, in integers. */
function atanInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term /= n2;
    sum += (sign * term) / k;
  }
  return sum;
}

function consts(): { halfPiG: bigint; halfPiF: bigint; piF: bigint; ln2F: bigint } {
  if (constants === null) {
    const extra = 64n;
    const b = G + extra;
    const pi = 16n * atanInv(5n, b) - 4n * atanInv(239n, b);
    // ln 2 = 2 atanh(1/3) = 2 (1/3 + 1/(3*3^3) + 1/(5*3^5) + ...)
    const bl = F + extra;
    let t = (1n << bl) / 3n;
    let s = t;
    for (let k = 3n; t !== 0n; k += 2n) {
      t /= 9n;
      s += t / k;
    }
    constants = {
      halfPiG: pi >> (extra + 1n),
      halfPiF: pi >> (G - F + extra + 1n),
      piF: pi >> (G - F + extra),
      ln2F: (2n * s) >> extra,
    };
  }
  return constants;
}

/** x = m * 2^e exactly (m a non-negative integer), for finite x. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [frac, -1074];
  return [frac | (1n << 52n), bexp - 1075];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The double nearest to n * 2^scale (ties to even), subnormals and overflow included. */
function roundToDouble(n: bigint, scale: number): number {
  const neg = n < 0n;
  let a = neg ? -n : n;
  if (a === 0n) return neg ? -0 : 0;
  const len = bitLength(a);
  // keep 53 bits, or fewer where the result is subnormal (its last bit is 2^-1074)
  let shift = Math.max(len - 53, -1074 - scale);
  if (shift > 0) {
    const sh = BigInt(shift);
    const rem = a & ((1n << sh) - 1n);
    const half = 1n << (sh - 1n);
    a >>= sh;
    if (rem > half || (rem === half && (a & 1n) === 1n)) a += 1n;
  } else shift = 0;
  let v = Number(a);
  let s = scale + shift;
  while (s > 1000) {
    v *= 2 ** 1000;
    s -= 1000;
  }
  while (s < -1000) {
    v *= 2 ** -1000;
    s += 1000;
  }
  v *= 2 ** s;
  return neg ? -v : v;
}

/** x in fixed point with F fraction bits (bits below 2^-F dropped). */
function toFixed(x: number): bigint {
  const [m, e] = decompose(x);
  const sh = BigInt(e) + F;
  const v = sh >= 0n ? m << sh : m >> -sh;
  return x < 0 ? -v : v;
}

/** Fixed-point product, truncated toward zero (so every series' terms reach 0). */
function mul(a: bigint, b: bigint): bigint {
  return (a * b) / ONE;
}

/** e^X for fixed-point X, as [mantissa (F bits), power of two]. */
function expFixed(X: bigint): [bigint, number] {
  const { ln2F } = consts();
  // k = round(X / ln 2); then |R| <= ln2/2
  let k = X / ln2F;
  let R = X - k * ln2F;
  if (2n * R > ln2F) {
    k += 1n;
    R -= ln2F;
  } else if (2n * R < -ln2F) {
    k -= 1n;
    R += ln2F;
  }
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, R) / n;
    sum += term;
  }
  return [sum, Number(k)];
}

export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -60) return 1 + x;
  const [m, k] = expFixed(toFixed(x));
  return roundToDouble(m, k - Number(F));
}

/** log x in fixed point, for finite x > 0. */
function logFixed(x: number): bigint {
  const { ln2F } = consts();
  const [m, e] = decompose(x);
  const len = bitLength(m);
  // x = y * 2^E with y = m / 2^(len-1) in [1, 2), moved into [sqrt(1/2), sqrt(2)]
  let E = BigInt(e + len - 1);
  let Y = m << (F - BigInt(len - 1));
  if (Y * Y > 2n * ONE * ONE) {
    Y >>= 1n;
    E += 1n;
  }
  // log y = 2 atanh(s), s = (y - 1) / (y + 1)
  const s = ((Y - ONE) << F) / (Y + ONE);
  const s2 = mul(s, s);
  let term = s;
  let sum = s;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = mul(term, s2);
    sum += term / k;
  }
  return E * ln2F + 2n * sum;
}

export function crLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  return roundToDouble(logFixed(x), -Number(F));
}

/** x^y for finite x > 0 and finite y (the only case _Py_c_pow needs). */
export function crPowPositive(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  if (y === 0 || x === 1) return 1;
  const L = logFixed(x);
  const [my, ey] = decompose(y);
  // y * log x; beyond +-1100 the result is certainly infinite or zero
  let P = L * my;
  P = ey >= 0 ? P << BigInt(ey) : P >> BigInt(-ey);
  if (y < 0) P = -P;
  const limit = 1100n << F;
  if (P > limit) return Infinity;
  if (P < -limit) return 0;
  const [m, k] = expFixed(P);
  return roundToDouble(m, k - Number(F));
}

/** x reduced modulo pi/2: [r (fixed point, |r| <= pi/4), quadrant 0..3]. */
function reduceHalfPi(x: number): [bigint, number] {
  const { halfPiG } = consts();
  const [m, e] = decompose(x);
  const XG = m << BigInt(e + Number(G)); // e >= -1074 and G = 1400: exact, non-negative shift
  let q = XG / halfPiG;
  let r = XG - q * halfPiG;
  if (2n * r > halfPiG) {
    q += 1n;
    r -= halfPiG;
  }
  let R = r >> (G - F);
  let quad = Number(q % 4n);
  if (x < 0) {
    R = -R;
    quad = (4 - quad) % 4;
  }
  return [R, quad];
}

function sinCosFixed(R: bigint): [bigint, bigint] {
  const R2 = mul(R, R);
  let s = R;
  let t = R;
  for (let n = 2n; t !== 0n; n += 2n) {
    t = -mul(t, R2) / (n * (n + 1n));
    s += t;
  }
  let c = ONE;
  t = ONE;
  for (let n = 1n; t !== 0n; n += 2n) {
    t = -mul(t, R2) / (n * (n + 1n));
    c += t;
  }
  return [s, c];
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -30) return x;
  const [R, q] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  const v = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
  return roundToDouble(v, -Number(F));
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -30) return 1;
  const [R, q] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  const v = q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s;
  return roundToDouble(v, -Number(F));
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atan(T) for fixed-point 0 <= T <= 1: two halvings of the angle, then the series. */
function atanFixed(T: bigint): bigint {
  let t = T;
  for (let i = 0; i < 2; i++) t = (t << F) / (ONE + isqrt(ONE * ONE + t * t));
  const t2 = mul(t, t);
  let term = t;
  let sum = t;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term = mul(term, t2);
    sum += (sign * term) / k;
  }
  return 4n * sum;
}

export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const sy = y < 0 || Object.is(y, -0) ? -1 : 1;
  const xneg = x < 0 || Object.is(x, -0);
  const { halfPiF, piF } = consts();
  const fromFixed = (v: bigint): number => roundToDouble(BigInt(sy) * v, -Number(F));
  if (y === 0) return xneg ? sy * Math.PI : sy * 0;
  if (x === 0) return sy * (Math.PI / 2);
  if (Math.abs(y) === Infinity) {
    if (Math.abs(x) === Infinity) return fromFixed(xneg ? (3n * halfPiF) / 2n : halfPiF / 2n);
    return sy * (Math.PI / 2);
  }
  if (Math.abs(x) === Infinity) return xneg ? sy * Math.PI : sy * 0;
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  // the ratio as a fixed-point number; a tiny ratio is its own arctangent (to rounding)
  const small = ay / ax;
  let base: bigint;
  if (!xneg && small < 2 ** -30) return sy * small;
  const [my, ey] = decompose(ay);
  const [mx, ex] = decompose(ax);
  if (ay <= ax) {
    const sh = ey - ex + Number(F);
    const T = sh >= 0 ? (my << BigInt(sh)) / mx : my / (mx << BigInt(-sh));
    base = atanFixed(T);
  } else {
    const sh = ex - ey + Number(F);
    const T = sh >= 0 ? (mx << BigInt(sh)) / my : mx / (my << BigInt(-sh));
    base = halfPiF - atanFixed(T);
  }
  if (xneg) base = piF - base;
  return fromFixed(base);
}

/**
 * x ** y with C99/glibc pow semantics (the cases CPython's float_pow hands to libm), correctly
 * rounded. Negative x is allowed only with an integral y (the caller raises otherwise).
 * Fast paths where the double result is exact rounding anyway: y in {0, 1, -1, 2, 0.5}.
 */
export function crPow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === 0) return 1;
  if (x === 1) return 1; // pow(1, nan) is 1 in C
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === -1) return 1; // pow(-1, +-inf) is 1 in C
    return x ** y; // JS ** agrees with C99 on the remaining special values
  }
  if (x > 0) return crPowPositive(x, y);
  // x < 0: y is integral here; odd y keeps the sign
  const r = crPowPositive(-x, y);
  return Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1 ? -r : r;
}

// ---- tan, sinh, cosh, asin, acos, hypot -------------------------------------------------------

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -30) return x;
  const [R, q] = reduceHalfPi(x);
  const [s, c] = sinCosFixed(R);
  // tan(r + q pi/2): s/c for an even quadrant, -c/s for an odd one
  const v = q % 2 === 0 ? (s << F) / c : (-c << F) / s;
  return roundToDouble(v, -Number(F));
}

/** The high word of |x| (sign cleared) and the low word, as fdlibm reads them. */
function words(x: number): [number, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return [view.getUint32(0) & 0x7fffffff, view.getUint32(4)];
}

/**
 * sinh as glibc computes it (e_sinh.c, fdlibm's algorithm: expm1 below 22, exp above, a split
 * exp near overflow), with glibc's exp (correctly rounded: crExp) and expm1 (fdlibm's, as V8's
 * Math.expm1 is). glibc's sinh is not correctly rounded, so this follows its steps.
 */
export function crSinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const [ix, lx] = words(x);
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * crExp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = crExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** cosh as glibc computes it (e_cosh.c), with the same exp and expm1 as crSinh. */
export function crCosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const [ix, lx] = words(x);
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * crExp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = crExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** asin (acos false) or acos (acos true) of x in [-1, 1], through atan of the tangent. */
function arcsinCos(x: number, acos: boolean): number {
  const { halfPiF, piF } = consts();
  const X = toFixed(Math.abs(x));
  const S = isqrt(ONE * ONE - X * X); // sqrt(1 - x^2), fixed point
  // the angle whose sine is |x| (cosine S), in [0, pi/2]
  const angleSin = (): bigint => (X <= S ? atanFixed((X << F) / S) : halfPiF - atanFixed((S << F) / X));
  if (!acos) return roundToDouble(x < 0 ? -angleSin() : angleSin(), -Number(F));
  // acos |x| = pi/2 - asin |x|; acos(-x) = pi - acos x
  const a = S <= X ? atanFixed((S << F) / X) : halfPiF - atanFixed((X << F) / S);
  return roundToDouble(x < 0 ? piF - a : a, -Number(F));
}

export function crAsin(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (Math.abs(x) < 2 ** -30) return x;
  return arcsinCos(x, false);
}

export function crAcos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  return arcsinCos(x, true);
}

/** sqrt of the sum of squares, correctly rounded (exact integer arithmetic, one rounding). */
export function crHypot(xs: number[]): number {
  let nan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) return Infinity;
    if (Number.isNaN(x)) nan = true;
  }
  if (nan) return NaN;
  const parts = xs.filter((x) => x !== 0).map((x) => decompose(x));
  if (parts.length === 0) return 0;
  if (parts.length === 1) return Math.abs(xs.find((x) => x !== 0) as number);
  const emin = Math.min(...parts.map(([, e]) => e));
  let N = 0n;
  for (const [m, e] of parts) N += (m * m) << BigInt(2 * (e - emin));
  // sqrt(N) * 2^emin with at least 120 significant bits, and a sticky bit for inexactness
  const extra = Math.max(0, Math.ceil((240 - bitLength(N)) / 2));
  const M = N << BigInt(2 * extra);
  const r = isqrt(M);
  const sticky = r * r === M ? 0n : 1n;
  return roundToDouble((r << 1n) | sticky, emin - extra - 1);
}
