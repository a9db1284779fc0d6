// The table of builtin modules importable by name (besides builtins and sys, made at start-up).
// To add a module: write makeXModule in src/modules/x.ts and add one line here.
// (The collector and weakref issues add 'gc' and 'weakref'.)

import type { PyObject } from '../objects/object.js';
import type { Interpreter } from '../interp/interpreter.js';
import { makeMathModule } from './math.js';
import { makeTimeModule } from './time.js';
import { makeGcModule } from './gcmodule.js';
import { makeWeakrefModule, makeWeakrefCModule, makeWeakrefsetModule, makeAtexitModule } from './weakref.js';
import { makeGlasspyModule } from './glasspy.js';
import { makeCopyModule, makeCopyregModule } from './copy-py.js';
import { makeFutureModule } from './future-py.js';
import { makeItertoolsModule, makeFunctoolsModule, makeCollectionsModule, makeOperatorModule } from './stdlib-py.js';
import { makeWarningsCModule, makeWarningsModule, makeLinecacheModule } from './warnings.js';

export const BUILTIN_MODULES: Readonly<Record<string, (I: Interpreter) => PyObject>> = Object.freeze({
  math: (I: Interpreter) => makeMathModule(I.rt),
  time: (I: Interpreter) => makeTimeModule(I.rt, (ms) => I.sleep(ms)),
  gc: (I: Interpreter) => makeGcModule(I.rt),
  _weakref: (I: Interpreter) => makeWeakrefCModule(I),
  _weakrefset: (I: Interpreter) => makeWeakrefsetModule(I),
  weakref: (I: Interpreter) => makeWeakrefModule(I),
  atexit: (I: Interpreter) => makeAtexitModule(I),
  glasspy: (I: Interpreter) => makeGlasspyModule(I),
  _warnings: (I: Interpreter) => makeWarningsCModule(I),
  warnings: (I: Interpreter) => makeWarningsModule(I),
  linecache: (I: Interpreter) => makeLinecacheModule(I),
  copyreg: (I: Interpreter) => makeCopyregModule(I),
  copy: (I: Interpreter) => makeCopyModule(I),
  itertools: (I: Interpreter) => makeItertoolsModule(I),
  functools: (I: Interpreter) => makeFunctoolsModule(I),
  collections: (I: Interpreter) => makeCollectionsModule(I),
  operator: (I: Interpreter) => makeOperatorModule(I),
  __future__: (I: Interpreter) => makeFutureModule(I),
});
