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
  /** the op after this one, past any jumps (linkGenProgram) */
  next: number;
  /** G_YIELD of a local variable: its frame slot (read inline; v raises when it is unbound), else -1 */
  vSlot: number;
  /**
   * A G_YIELD (value dropped) that goes straight back to the G_FOR_ITER at fuseFor, through the
   * G_IF_FALSE at fuseIf (-1: none) whose false branch goes back to that loop too: the shape of
   * every generator expression and of `for x in it: yield f(x)`. A resume runs those ops in a
   * loop of their own (stepGenProgram); -1 when the yield is not such a loop's.
   */
  fuseFor: number;
  fuseIf: number;

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
    this.next = -1;
    this.vSlot = -1;
    this.fuseFor = -1;
    this.fuseIf = -1;
  }
}

/** Where control arriving at pc really goes: past G_JUMPs (a chain is never a cycle). */
function landing(ops: GOp[], pc: number): number {
  for (let hops = 0; pc < ops.length && (ops[pc] as GOp).op === G_JUMP && hops <= ops.length; hops++) pc = (ops[pc] as GOp).to;
  return pc;
}

/**
 * Finishes a program: every op's next and every jump target lead past G_JUMPs; the yields of
 * `for` loops that do nothing else (but an `if` filter) are marked (GOp.fuseFor).
 */
export function linkGenProgram(ops: GOp[]): GOp[] {
  ops.forEach((op, pc) => {
    op.next = landing(ops, pc + 1);
    if (op.to >= 0) op.to = landing(ops, op.to);
    if (op.brk >= 0) op.brk = landing(ops, op.brk);
    if (op.cont >= 0) op.cont = landing(ops, op.cont);
  });
  ops.forEach((y, pc) => {
    if (y.op !== G_YIELD || y.store !== null || y.next >= ops.length) return;
    const head = y.next;
    const fo = ops[head] as GOp;
    if (fo.op !== G_FOR_ITER) return;
    if (fo.next === pc) {
      y.fuseFor = head;
      return;
    }
    const c = ops[fo.next];
    if (c !== undefined && c.op === G_IF_FALSE && c.to === head && c.next === pc) {
      y.fuseFor = head;
      y.fuseIf = fo.next;
    }
  });
  return ops;
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

/**
 * A program's state between resumes (the instruction pointer and value stack of a suspended
 * 3.11 frame): where it stopped, the loop iterators, the statement generator it is inside.
 */
export class GenRun implements YfResult {
  pc: number;
  /** pc is an op the program is suspended in (G_YIELD, G_YIELD_FROM, G_GEN), not one to start */
  suspended: boolean;
  iters: PyObject[];
  /** G_GEN: that statement's generator, suspended inside */
  sub: Generator<PyObject, number, PyObject> | null;
  /** G_YIELD_FROM: the finished sub-iterator's return value (YfResult) */
  r: PyObject | null;
  /** how the program ended (NORMAL, RETURN, or BREAK / CONTINUE out of a nested block) */
  code: number;

  constructor() {
    this.pc = 0;
    this.suspended = false;
    this.iters = [];
    this.sub = null;
    this.r = null;
    this.code = NORMAL;
  }
}

/** The program is over (ended, returned or raised): its loop iterators go, innermost first. */
export function releaseRun(run: GenRun): void {
  run.sub = null;
  const iters = run.iters;
  while (iters.length > 0) Py_DECREF(iters.pop() as PyObject);
}

/**
 * Runs a generator program from the start, or resumes it where it is suspended with the value
 * sent (stolen; null: None) or the exception thrown in (raised there). Returns the next value
 * yielded (new reference), or null when the program ended (run.code says how; a `return`
 * left its value in f.retval). An exception escaping ends the program.
 */
export function resumeGenProgram(I: Interpreter, ops: GOp[], run: GenRun, f: Frame, sent: PyObject | null, exc: PyErr | null): PyObject | null {
  try {
    const v = stepGenProgram(I, ops, run, f, sent, exc);
    if (v === null) releaseRun(run);
    return v;
  } catch (e) {
    releaseRun(run);
    throw e;
  }
}

/**
 * How a program goes on after an op ended with control code c (a G_SYNC or G_GEN statement):
 * run.pc is the next op, or -1 when the program is over (run.code then says how).
 */
function afterCode(op: GOp, run: GenRun, c: number): void {
  if (c === NORMAL) run.pc = op.next;
  else if (c === RETURN || op.brk < 0) {
    // out of this program's loops
    run.code = c;
    run.pc = -1;
  } else if (c === BREAK) {
    const iters = run.iters;
    for (let k = op.brkPop; k > 0; k--) Py_DECREF(iters.pop() as PyObject);
    run.pc = op.brk;
  } else run.pc = op.cont;
}

/**
 * Starts (start) or resumes a G_YIELD_FROM or G_GEN op at run.pc: the value to yield (the
 * program stays suspended in the op), or null when the op is done (afterCode's run.pc).
 */
function delegateStep(I: Interpreter, op: GOp, run: GenRun, f: Frame, sent: PyObject | null, exc: PyErr | null, start: boolean): PyObject | null {
  const rt = I.rt;
  const iters = run.iters;
  if (op.op === G_YIELD_FROM) {
    let v: PyObject | null;
    if (start) {
      const src = (op.v as Ev)(f);
      let it: PyObject;
      try {
        it = PyObject_GetIter(src);
      } finally {
        Py_DECREF(src);
      }
      iters.push(it);
      v = yfStep(rt, it, null, run);
    } else {
      const it = iters[iters.length - 1] as PyObject;
      v = exc !== null ? yfThrow(rt, it, exc, run) : yfStep(rt, it, sent, run);
    }
    if (v !== null) {
      run.suspended = true;
      return v;
    }
    Py_DECREF(iters.pop() as PyObject);
    const r = run.r as PyObject;
    run.r = null;
    if (op.store === null) Py_DECREF(r);
    else op.store(f, r);
    run.pc = op.next;
    return null;
  }
  if (op.op !== G_GEN) fail(`generator program: suspended in op ${op.op}`);
  let step: IteratorResult<PyObject, number>;
  if (start) {
    const sub = (op.gen as GSt)(f);
    step = sub.next();
    if (step.done !== true) run.sub = sub;
  } else {
    const sub = run.sub as Generator<PyObject, number, PyObject>;
    try {
      step = exc !== null ? sub.throw(exc) : sub.next(sent ?? Py_NewRef(rt.None));
    } catch (e) {
      run.sub = null;
      throw e;
    }
  }
  if (step.done !== true) {
    run.suspended = true;
    return step.value;
  }
  run.sub = null;
  afterCode(op, run, step.value);
  return null;
}

/** G_GET_ITER: iter() of the op's value, pushed on the loop iterators. */
function getIter(op: GOp, f: Frame, iters: PyObject[]): void {
  const seq = (op.v as Ev)(f);
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } finally {
    Py_DECREF(seq);
  }
  iters.push(it);
}

/** resumeGenProgram without the release of the loop iterators when the program ends or raises. */
export function stepGenProgram(I: Interpreter, ops: GOp[], run: GenRun, f: Frame, sent: PyObject | null, exc: PyErr | null): PyObject | null {
  const iters = run.iters;
  const n = ops.length;
  let pc = run.pc;
  if (run.suspended) {
    // finish the op the program stopped in
    run.suspended = false;
    const op = ops[pc] as GOp;
    if (op.op === G_YIELD) {
      if (exc !== null) throw exc;
      if (op.store === null) {
        if (sent !== null) Py_DECREF(sent);
      } else op.store(f, sent ?? Py_NewRef(I.rt.None));
      pc = op.next;
      if (op.fuseFor >= 0) {
        // the loop back to this yield (linkGenProgram): G_FOR_ITER, G_IF_FALSE and G_YIELD as
        // the general loop below runs them, without going through the dispatch
        const fo = ops[op.fuseFor] as GOp;
        const co = op.fuseIf >= 0 ? (ops[op.fuseIf] as GOp) : null;
        const brk = I.interruptFlag;
        for (;;) {
          f.lineno = fo.line;
          if (brk[0] !== 0) I.checkInterrupt();
          const it = fo.slot < 0 ? iters[iters.length - 1] as PyObject : f.fast[fo.slot] as PyObject;
          const next = it.ob_type.tp_iternext;
          const x = next !== null ? next(it) : PyIter_Next(it);
          if (x === null) {
            if (fo.slot < 0) Py_DECREF(iters.pop() as PyObject);
            pc = fo.to;
            break;
          }
          (fo.store as (f: Frame, v: PyObject) => void)(f, x);
          if (co !== null) {
            f.lineno = co.line;
            if (!(co.cond as (f: Frame) => boolean)(f)) continue;
          }
          // G_YIELD again (run.pc is still this yield's)
          f.lineno = op.line;
          run.suspended = true;
          if (op.vSlot >= 0) {
            const y = f.fast[op.vSlot];
            if (y !== null && y !== undefined) {
              y.ob_refcnt++;
              return y;
            }
          }
          return op.v === null ? Py_NewRef(I.rt.None) : op.v(f);
        }
      }
    } else {
      const v = delegateStep(I, op, run, f, sent, exc, false);
      if (v !== null) return v;
      pc = run.pc;
      if (pc < 0) return null;
    }
  } else if (sent !== null) Py_DECREF(sent);
  const brk = I.interruptFlag;
  while (pc < n) {
    const op = ops[pc] as GOp;
    switch (op.op) {
      case G_SYNC: {
        f.lineno = op.line;
        const c = (op.run as St)(f);
        if (c === NORMAL) pc = op.next;
        else {
          afterCode(op, run, c);
          pc = run.pc;
          if (pc < 0) return null;
        }
        break;
      }
      case G_YIELD: {
        f.lineno = op.line;
        run.pc = pc;
        run.suspended = true;
        if (op.vSlot >= 0) {
          const x = f.fast[op.vSlot];
          if (x !== null && x !== undefined) {
            x.ob_refcnt++;
            return x;
          }
        }
        return op.v === null ? Py_NewRef(I.rt.None) : op.v(f);
      }
      case G_JUMP:
        pc = op.to;
        break;
      case G_IF_FALSE:
        f.lineno = op.line;
        pc = (op.cond as (f: Frame) => boolean)(f) ? op.next : op.to;
        break;
      case G_FOR_ITER: {
        f.lineno = op.line;
        if (brk[0] !== 0) I.checkInterrupt();
        const it = op.slot < 0 ? iters[iters.length - 1] as PyObject : f.fast[op.slot] as PyObject;
        const next = it.ob_type.tp_iternext;
        const x = next !== null ? next(it) : PyIter_Next(it);
        if (x === null) {
          if (op.slot < 0) Py_DECREF(iters.pop() as PyObject);
          pc = op.to;
        } else {
          (op.store as (f: Frame, v: PyObject) => void)(f, x);
          pc = op.next;
        }
        break;
      }
      case G_LOOP_BACK:
        f.lineno = op.line;
        if (brk[0] !== 0) I.checkInterrupt();
        pc = op.to;
        break;
      case G_GET_ITER:
        f.lineno = op.line;
        getIter(op, f, iters);
        pc = op.next;
        break;
      case G_GEN:
      case G_YIELD_FROM: {
        f.lineno = op.line;
        run.pc = pc;
        const v = delegateStep(I, op, run, f, null, null, true);
        if (v !== null) return v;
        pc = run.pc;
        if (pc < 0) return null;
        break;
      }
      default:
        fail(`generator program: bad op ${op.op}`);
    }
  }
  run.code = NORMAL;
  return null;
}

/**
 * A program as a JS generator (GSt), for a block nested in a statement that keeps its own
 * generator (try, with): resumes the program with what is sent or thrown in.
 */
export function runGenProgram(I: Interpreter, ops: GOp[]): GSt {
  return function* (f) {
    const run = new GenRun();
    let v = resumeGenProgram(I, ops, run, f, null, null);
    while (v !== null) {
      let sent: PyObject;
      try {
        sent = yield v;
      } catch (e) {
        if (!(e instanceof PyErr)) {
          releaseRun(run);
          throw e;
        }
        v = resumeGenProgram(I, ops, run, f, null, e);
        continue;
      }
      v = resumeGenProgram(I, ops, run, f, sent, null);
    }
    return run.code;
  };
}
