// Generator bodies as flat programs: the part of CPython 3.11's ceval.c that runs a generator's
// code (FOR_ITER, POP_JUMP_IF_FALSE, YIELD_VALUE, SEND for `yield from`), reduced to what a
// closure compiler needs. Start at runGenProgram.
//
// A generator-mode block (compile.ts, gprogram) becomes a list of GOps run by ONE JavaScript
// generator function: `if`, `while` and `for` statements and `yield` / `x = yield v` /
// `yield from` statements at any depth of them are jumps and yields of that one generator, so
// a resume costs one JS generator resume however deep the yield sits (a JS generator per
// statement would delegate with yield* through every level). Statements without a yield run
// as plain closures (G_SYNC); anything else with a yield inside (try, with, a yield inside an
// expression) keeps its own JS generator (G_GEN) and hands back a control code.
//
// Between resumes the program's state is its pc and the iterators of its running `for` loops
// (and `yield from`s), innermost last: they are released innermost first when the program
// ends, returns, raises or is closed, as the nested loops they stand for would release them.

import { type PyObject, Py_DECREF, Py_NewRef, Py_XDECREF } from '../objects/object.js';
import { PyErr } from '../objects/pyerr.js';
import { PyObject_GetIter, PyIter_Next } from '../objects/abstract.js';
import type { Runtime } from '../objects/runtime.js';
import { type Frame, type Ev, type St, type GSt, NORMAL, BREAK, RETURN } from './frame.js';
import { stopIterationValue, isGenerator, gen_send_ex, gen_take_result } from './genobject.js';
import type { Interpreter } from './interpreter.js';
import { fail } from '../util/assert.js';

/** Run a statement without a yield: St; its BREAK / CONTINUE / RETURN leave through brk / cont. */
export const G_SYNC = 0;
/** `yield v` (v null: None); the value sent back is stored by `store`, or dropped. */
export const G_YIELD = 1;
/** A statement with its own generator (GSt); its control code is handled as G_SYNC's. */
export const G_GEN = 2;
/** pc = to */
export const G_JUMP = 3;
/** if not cond(f): pc = to */
export const G_IF_FALSE = 4;
/** iter(v(f)) pushed on the loop iterators */
export const G_GET_ITER = 5;
/** next item of the innermost loop iterator (slot < 0) or of the frame slot `slot` (borrowed)
 * stored by `store`; exhausted: the iterator is popped (not a slot's) and pc = to */
export const G_FOR_ITER = 6;
/** the end of a while body: the interrupt check, then pc = to */
export const G_LOOP_BACK = 7;
/** `yield from v(f)`: the result is stored by `store`, or dropped */
export const G_YIELD_FROM = 8;

/** One instruction of a generator program (every field present: one object shape). */
export class GOp {
  op: number;
  line: number;
  run: St | null;
  v: Ev | null;
  gen: GSt | null;
  cond: ((f: Frame) => boolean) | null;
  store: ((f: Frame, v: PyObject) => void) | null;
  /** jump target (G_JUMP, G_IF_FALSE, G_FOR_ITER's exit, G_LOOP_BACK) */
  to: number;
  /** G_FOR_ITER: the frame slot iterated (borrowed), or -1 for the innermost loop iterator */
  slot: number;
  /** where BREAK goes, and how many loop iterators it pops (1 out of a for, 0 out of a while) */
  brk: number;
  brkPop: number;
  /** where CONTINUE goes */
  cont: number;

  constructor(op: number, line: number) {
    this.op = op;
    this.line = line;
    this.run = null;
    this.v = null;
    this.gen = null;
    this.cond = null;
    this.store = null;
    this.to = -1;
    this.slot = -1;
    this.brk = -1;
    this.brkPop = 0;
    this.cont = -1;
  }
}

/** Where a finished `yield from` leaves its result (new reference). */
interface YfResult {
  r: PyObject | null;
}

/**
 * One step of `yield from` (SEND): the sub-iterator's next value (new reference), or null when
 * it finished, its return value then in h.r. sent is stolen (null: next()).
 */
function yfStep(rt: Runtime, it: PyObject, sent: PyObject | null, h: YfResult): PyObject | null {
  if (isGenerator(it)) {
    const v = gen_send_ex(it, sent, null);
    if (v === null) h.r = gen_take_result(it);
    return v;
  }
  let v: PyObject | null;
  try {
    if (sent === null || sent === rt.None) {
      Py_XDECREF(sent);
      v = PyIter_Next(it);
    } else {
      try {
        v = rt.callMethod(it, 'send', [sent]);
      } finally {
        Py_DECREF(sent);
      }
    }
  } catch (e) {
    if (e instanceof PyErr && e.matches(rt.types.StopIteration)) {
      h.r = stopIterationValue(rt, e);
      e.release();
      return null;
    }
    throw e;
  }
  if (v === null) h.r = Py_NewRef(rt.None);
  return v;
}

/**
 * An exception thrown into a generator suspended in `yield from` (_gen_throw with a yf):
 * GeneratorExit closes the sub-iterator and goes on up; anything else is thrown into the
 * sub-iterator's throw() when it has one. Returns the sub-iterator's next value, or null when
 * it finished (its return value in h.r); e is consumed.
 */
function yfThrow(rt: Runtime, it: PyObject, e: unknown, h: YfResult): PyObject | null {
  if (!(e instanceof PyErr)) throw e;
  if (e.matches(rt.types.GeneratorExit)) {
    if (rt.lookupSpecial(it, 'close') !== null) {
      try {
        Py_DECREF(rt.callMethod(it, 'close', []));
      } catch (e2) {
        e.release();
        throw e2;
      }
    }
    throw e;
  }
  if (rt.lookupSpecial(it, 'throw') === null) throw e;
  let r: PyObject;
  try {
    r = rt.callMethod(it, 'throw', [e.exc]);
  } catch (e2) {
    e.release();
    if (e2 instanceof PyErr && e2.matches(rt.types.StopIteration)) {
      h.r = stopIterationValue(rt, e2);
      e2.release();
      return null;
    }
    throw e2;
  }
  e.release();
  return r;
}

/** `yield from` as a generator of its own (steals src): for a yield from inside an expression. */
export function* yieldFromGen(rt: Runtime, src: PyObject): Generator<PyObject, PyObject, PyObject> {
  let it: PyObject;
  try {
    it = PyObject_GetIter(src);
  } finally {
    Py_DECREF(src);
  }
  try {
    const h: YfResult = { r: null };
    let v = yfStep(rt, it, null, h);
    while (v !== null) {
      let sent: PyObject;
      try {
        sent = yield v;
      } catch (e) {
        v = yfThrow(rt, it, e, h);
        continue;
      }
      v = yfStep(rt, it, sent, h);
    }
    return h.r as PyObject;
  } finally {
    Py_DECREF(it);
  }
}

/** The one JS generator that runs a generator program (see the header). */
export function runGenProgram(I: Interpreter, ops: GOp[]): GSt {
  const rt = I.rt;
  const none = rt.None;
  const brk = I.interruptFlag;
  const n = ops.length;
  return function* (f) {
    const iters: PyObject[] = [];
    let pc = 0;
    try {
      while (pc < n) {
        const op = ops[pc] as GOp;
        switch (op.op) {
          case G_SYNC:
          case G_GEN: {
            f.lineno = op.line;
            const c = op.op === G_SYNC ? (op.run as St)(f) : yield* (op.gen as GSt)(f);
            if (c === NORMAL) pc++;
            else if (c === RETURN || op.brk < 0) return c; // out of this program's loops
            else if (c === BREAK) {
              for (let k = op.brkPop; k > 0; k--) Py_DECREF(iters.pop() as PyObject);
              pc = op.brk;
            } else pc = op.cont;
            break;
          }
          case G_YIELD: {
            f.lineno = op.line;
            const sent = yield op.v === null ? Py_NewRef(none) : op.v(f);
            if (op.store === null) Py_DECREF(sent);
            else op.store(f, sent);
            pc++;
            break;
          }
          case G_JUMP:
            pc = op.to;
            break;
          case G_IF_FALSE:
            f.lineno = op.line;
            pc = (op.cond as (f: Frame) => boolean)(f) ? pc + 1 : op.to;
            break;
          case G_GET_ITER: {
            f.lineno = op.line;
            const seq = (op.v as Ev)(f);
            let it: PyObject;
            try {
              it = PyObject_GetIter(seq);
            } finally {
              Py_DECREF(seq);
            }
            iters.push(it);
            pc++;
            break;
          }
          case G_FOR_ITER: {
            f.lineno = op.line;
            if (brk[0] !== 0) I.checkInterrupt();
            const x = PyIter_Next(op.slot < 0 ? iters[iters.length - 1] as PyObject : f.fast[op.slot] as PyObject);
            if (x === null) {
              if (op.slot < 0) Py_DECREF(iters.pop() as PyObject);
              pc = op.to;
            } else {
              (op.store as (f: Frame, v: PyObject) => void)(f, x);
              pc++;
            }
            break;
          }
          case G_LOOP_BACK:
            f.lineno = op.line;
            if (brk[0] !== 0) I.checkInterrupt();
            pc = op.to;
            break;
          case G_YIELD_FROM: {
            f.lineno = op.line;
            const src = (op.v as Ev)(f);
            let it: PyObject;
            try {
              it = PyObject_GetIter(src);
            } finally {
              Py_DECREF(src);
            }
            iters.push(it);
            const h: YfResult = { r: null };
            let v = yfStep(rt, it, null, h);
            while (v !== null) {
              let sent: PyObject;
              try {
                sent = yield v;
              } catch (e) {
                v = yfThrow(rt, it, e, h);
                continue;
              }
              v = yfStep(rt, it, sent, h);
            }
            Py_DECREF(iters.pop() as PyObject);
            const r = h.r as PyObject;
            if (op.store === null) Py_DECREF(r);
            else op.store(f, r);
            pc++;
            break;
          }
          default:
            fail(`generator program: bad op ${op.op}`);
        }
      }
      return NORMAL;
    } finally {
      while (iters.length > 0) Py_DECREF(iters.pop() as PyObject);
    }
  };
}
