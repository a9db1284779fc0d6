// "Did you mean" for an uncaught AttributeError or NameError: CPython 3.11's
// Python/suggestions.c (_Py_Offer_Suggestions, calculate_suggestions, levenshtein_distance).
// The candidates are dir(obj) for an AttributeError; for a NameError the innermost frame's
// local variable names, then its globals, then the builtins.

import { type PyObject, Py_DECREF } from '../objects/object.js';
import { isStr } from '../objects/unicodeobject.js';
import type { PyBaseExceptionObject, PyTraceBackObject } from '../objects/exceptions.js';
import type { PyListObject } from '../objects/listobject.js';
import type { PyFrameObject } from './frameobject.js';
import type { Interpreter } from './interpreter.js';
import { PyErr } from '../objects/pyerr.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance over UTF-8 bytes, giving up past maxCost. */
function levenshtein(aStr: Uint8Array, bStr: Uint8Array, maxCost: number): number {
  let a = aStr;
  let b = bStr;
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  a = a.subarray(lo);
  b = b.subarray(lo);
  let ea = a.length;
  let eb = b.length;
  while (ea > 0 && eb > 0 && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi] as number;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i] as number);
      distance = buffer[i] as number;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate within a third of the characters, or null. */
export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function strList(o: PyObject): string[] {
  return (o as PyListObject).ob_item.filter((x) => isStr(x)).map((x) => (x as unknown as { ob_sval: string }).ob_sval);
}

/** _Py_Offer_Suggestions: the name to suggest for exc, or null. */
export function offerSuggestion(I: Interpreter, exc: PyBaseExceptionObject): string | null {
  const rt = I.rt;
  const name = exc.attr_name;
  if (name === null) return null;
  const t = exc.ob_type;
  try {
    if ((t === rt.types.AttributeError || t.mro.includes(rt.types.AttributeError)) && exc.attr_obj !== null) {
      const d = I.dirOf(exc.attr_obj);
      try {
        return calculateSuggestion(strList(d), name);
      } finally {
        Py_DECREF(d);
      }
    }
    if (t === rt.types.NameError || t.mro.includes(rt.types.NameError)) {
      let tb = exc.traceback as PyTraceBackObject | null;
      if (tb === null) return null;
      while (tb.tb_next !== null) tb = tb.tb_next as PyTraceBackObject;
      const frame = (tb.tb_frame as PyFrameObject | null)?.f_frame ?? null;
      if (frame === null) return null;
      const scope = frame.info.scope;
      const varnames = [...scope.slots.keys()].filter((n) => !scope.frees.has(n));
      const s1 = calculateSuggestion(varnames, name);
      if (s1 !== null) return s1;
      const keys = (d: PyObject): string[] => {
        const out: string[] = [];
        rt.dictEach(d as never, (k: PyObject) => {
          if (isStr(k)) out.push(k.ob_sval);
        });
        return out;
      };
      const s2 = calculateSuggestion(keys(frame.globals), name);
      if (s2 !== null) return s2;
      return calculateSuggestion(keys(frame.builtins), name);
    }
  } catch (e) {
    if (e instanceof PyErr) {
      e.release();
      return null;
    }
    throw e;
  }
  return null;
}
