// Frames and compiled code: CPython 3.11's _PyInterpreterFrame (Include/internal/pycore_frame.h)
// reduced to what closures need. Start at Frame.
//
// A Frame's fast array is 3.11's localsplus: parameters and locals, then cells, then free
// variables (symtable.ts lays it out). Every slot owns its reference (null = unbound). A frame
// is cleared (its slots released in index order) when its function returns, as
// _PyFrame_Clear does.

import type { PyObject } from '../objects/object.js';
import type { PyDictObject } from '../objects/dictobject.js';
import type { PyFunctionObject, PyCodeObject } from '../objects/funcobject.js';
import type { Scope } from './symtable.js';
import type { GOp } from './genprogram.js';

/** Statement result: how control leaves a statement. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type Ev = (f: Frame) => PyObject;
export type St = (f: Frame) => number;
/** Generator-mode statement: yields values, receives sent values, returns a control code. */
export type GSt = (f: Frame) => Generator<PyObject, number, PyObject>;
export type GEv = (f: Frame) => Generator<PyObject, PyObject, PyObject>;

/** What a code object runs (PyCodeObject.co_impl). */
export interface CodeInfo {
  scope: Scope;
  code: PyCodeObject;
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  nslots: number;
  /** positional parameters (posonly + normal), in order */
  argcount: number;
  posonlycount: number;
  kwonlycount: number;
  /** parameter names in slot order: positional, keyword-only, *args, **kwargs */
  paramNames: string[];
  varargsSlot: number;
  varkwSlot: number;
  isGenerator: boolean;
  body: St | null;
  /** a generator function's body: its generator program (genprogram.ts) */
  genBody: GOp[] | null;
  /**
   * The number of positional arguments a call may move straight into the first slots with
   * nothing else to do (no defaults needed, no *args/**kwargs/keyword-only parameters, no cells,
   * no free variables, not a generator); -1 when binding needs initialize_locals. Set by
   * finishCodeInfo.
   */
  fastArgc: number;
  /** nslots nulls: a new frame's slots are a copy (a packed array, cheaper than a push loop) */
  blank: (PyObject | null)[];
  /** frames of this code that returned and that nothing refers to: reused by acquireFrame */
  pool: Frame[];
}

/** At most this many returned frames are kept per code object for reuse. */
export const FRAME_POOL_MAX = 32;

/** Sets the fields of a CodeInfo that follow from its scope and parameters (once, at compile time). */
export function finishCodeInfo(info: CodeInfo): void {
  const scope = info.scope;
  const simple = info.varargsSlot < 0 && info.varkwSlot < 0 && info.kwonlycount === 0 && scope.cellInit.length === 0 && scope.freeSlots.length === 0 && !info.isGenerator;
  info.fastArgc = simple ? info.argcount : -1;
  const blank: (PyObject | null)[] = [];
  for (let i = info.nslots; i > 0; i--) blank.push(null);
  info.blank = blank;
  info.pool = [];
}

/**
 * A frame for a call of func (a function whose code is info): a returned one from info.pool
 * when there is one (its slots are all null again, its fields are reset here), else a new one.
 * A JS object allocation less per call; nothing Python can see.
 */
export function acquireFrame(info: CodeInfo, func: PyFunctionObject): Frame {
  const f = info.pool.pop();
  if (f === undefined) return new Frame(info, func.func_globals as PyDictObject, func.func_builtins as PyDictObject, null, func);
  f.globals = func.func_globals as PyDictObject;
  f.builtins = func.func_builtins as PyDictObject;
  f.func = func;
  f.lineno = info.firstlineno;
  f.cleared = false;
  return f;
}

/**
 * After a frame from acquireFrame returned normally (runFrame cleared its slots): back to its
 * code's pool, unless something may still refer to it (escaped: a frame object was made for it,
 * or an exception recorded a position in it and may be raised again), or it handled an exception.
 */
export function releaseFrame(f: Frame): void {
  if (f.escaped || f.handlingList !== null || f.temps !== null) return;
  const pool = f.info.pool;
  if (pool.length < FRAME_POOL_MAX) {
    f.func = null;
    f.back = null;
    pool.push(f);
  }
}

export class Frame {
  fast: (PyObject | null)[];
  globals: PyDictObject;
  builtins: PyDictObject;
  /** module and class bodies: the namespace dict (borrowed from the caller) */
  locals: PyDictObject | null;
  info: CodeInfo;
  func: PyFunctionObject | null;
  lineno: number;
  back: Frame | null;
  /** RETURN's value (owned) */
  retval: PyObject | null;
  /** exceptions being handled in this frame, innermost last (sys.exc_info, bare raise) */
  get handling(): PyObject[] {
    // made on first use: most frames never handle an exception (one allocation less per call)
    let h = this.handlingList;
    if (h === null) {
      h = [];
      this.handlingList = h;
    }
    return h;
  }

  handlingList: PyObject[] | null;
  /**
   * Something besides the interpreter may refer to this frame: a frame object was made for it
   * (getFrameObject) or an exception recorded a position in it (posFrame). Never reused then.
   */
  escaped: boolean;
  /** the frame object, once one was needed (owned by this Frame while it runs) */
  frameObj: PyObject | null;
  cleared: boolean;
  /** values of sub-expressions computed before a `yield` nested in an expression (owned) */
  temps: (PyObject | null)[] | null;

  constructor(info: CodeInfo, globals: PyDictObject, builtins: PyDictObject, locals: PyDictObject | null, func: PyFunctionObject | null) {
    this.info = info;
    this.fast = info.blank.slice();
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    this.lineno = info.firstlineno;
    this.back = null;
    this.retval = null;
    this.handlingList = null;
    this.frameObj = null;
    this.cleared = false;
    this.temps = null;
    this.escaped = false;
  }
}
