// Borrowed reads of constants and variables as data (the operands of 3.11's LOAD_CONST,
// LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL and LOAD_NAME when an operation takes them borrowed; see
// Compiler.peek in compile.ts). One class with a switch on the kind, not one closure per read,
// so that an operation's closure reads its operands inline: V8 inlines Reader.read at every use
// (one method, one call target), where a call through a closure per read site could not be.
// Nothing a script sees depends on this; the errors are those of the closures it replaces.

import type { PyObject } from '../objects/object.js';
import type { Runtime } from '../objects/runtime.js';
import type { PyCellObject } from '../objects/funcobject.js';
import { PyErr } from '../objects/pyerr.js';
import type { SourcePos } from '../objects/exceptions.js';
import { DictEntryCache } from '../objects/dictcache.js';
import type { Frame } from './frame.js';

/** a constant (obj) */
export const R_CONST = 0;
/** a local of the frame's fast slots (slot) */
export const R_FAST = 1;
/** a cell or free variable (its cell in slot) */
export const R_CELL = 2;
export const R_FREE = 3;
/** a global of a function (LOAD_GLOBAL: globals, then builtins) */
export const R_GLOBAL = 4;
/** a name at module or class level (LOAD_NAME: locals, globals, builtins) */
export const R_NAME = 5;

export class Reader {
  readonly kind: number;
  readonly slot: number;
  readonly obj: PyObject | null;
  readonly name: string;
  readonly pos: SourcePos | null;
  readonly rt: Runtime;
  private readonly lcache: DictEntryCache | null;
  private readonly gcache: DictEntryCache | null;
  private readonly bcache: DictEntryCache | null;

  constructor(rt: Runtime, kind: number, slot: number, obj: PyObject | null, name: string, pos: SourcePos | null) {
    this.rt = rt;
    this.kind = kind;
    this.slot = slot;
    this.obj = obj;
    this.name = name;
    this.pos = pos;
    this.lcache = kind === R_NAME ? new DictEntryCache(name) : null;
    this.gcache = kind >= R_GLOBAL ? new DictEntryCache(name) : null;
    this.bcache = kind >= R_GLOBAL ? new DictEntryCache(name) : null;
  }

  /** The value, borrowed; an unbound name raises (from unbound()). */
  read(f: Frame): PyObject {
    switch (this.kind) {
      case R_CONST: return this.obj as PyObject;
      case R_FAST: {
        const v = f.fast[this.slot];
        if (v !== null && v !== undefined) return v;
        break;
      }
      case R_NAME: {
        const loc = f.locals;
        if (loc !== null) {
          const v = (this.lcache as DictEntryCache).get(loc);
          if (v !== null) return v;
        }
        if (loc !== f.globals) {
          const v = (this.gcache as DictEntryCache).get(f.globals);
          if (v !== null) return v;
        }
        const v = (this.bcache as DictEntryCache).get(f.builtins);
        if (v !== null) return v;
        break;
      }
      case R_GLOBAL: {
        const v = (this.gcache as DictEntryCache).get(f.globals) ?? (this.bcache as DictEntryCache).get(f.builtins);
        if (v !== null) return v;
        break;
      }
      default: {
        const v = (f.fast[this.slot] as PyCellObject).ob_ref;
        if (v !== null) return v;
      }
    }
    throw this.unbound(f);
  }

  /** The error of a read that found nothing, its position marked on the frame. */
  private unbound(f: Frame): PyErr {
    const rt = this.rt;
    const name = this.name;
    let err: PyErr;
    if (this.kind === R_FAST || this.kind === R_CELL) {
      err = PyErr.format(rt, rt.types.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
    } else if (this.kind === R_FREE) {
      err = PyErr.format(rt, rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    } else {
      // format_exc_check_arg for NameError: the name is kept for the suggestion
      err = PyErr.format(rt, rt.types.NameError, `name '${name}' is not defined`);
      err.exc.attr_name = name;
    }
    const pos = this.pos;
    if (pos !== null) {
      const x = err.exc;
      if (x.posFrame !== f) {
        x.posFrame = f;
        x.pos = pos;
        f.escaped = true;
      }
    }
    return err;
  }
}
