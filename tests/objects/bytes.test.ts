import { describe, expect, it } from 'vitest';
import { Runtime } from '../../src/objects/runtime.js';
import { Py_DECREF } from '../../src/objects/object.js';
import { reprOf, strOf, PyNumber_Binary, PyObject_Hash } from '../../src/objects/abstract.js';
import {
  PyBytes_FromData, encodeText, decodeBytes, findData, rfindData, compareData, bytes_hash_data,
} from '../../src/objects/bytesobject.js';
import { PyByteArray_FromData, PyByteArray_Resize } from '../../src/objects/bytearrayobject.js';
import { PyErr } from '../../src/objects/pyerr.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** str() of the exception f raises. */
function errStr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyErr) {
      const t = strOf(e.exc);
      e.release();
      return t;
    }
    throw e;
  }
  throw new Error('no exception');
}

function errText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyErr) {
      const t = `${e.exc.ob_type.tp_name}: ${reprOf(e.exc)}`;
      e.release();
      return t;
    }
    throw e;
  }
  return 'no error';
}

describe('bytes', () => {
  it('is one 33 + n byte request, and b"" and one-byte objects are immortal singletons', () => {
    const rt = new Runtime();
    const before = rt.heap.getallocatedblocks();
    const b = PyBytes_FromData(rt, enc('hello'));
    expect(rt.heap.blockSize(b.ob_addr)).toBe(40); // 38 rounded up to 8
    expect(rt.heap.getallocatedblocks()).toBe(before + 1);
    const a1 = PyBytes_FromData(rt, Uint8Array.of(97));
    const a2 = PyBytes_FromData(rt, Uint8Array.of(97));
    const e = PyBytes_FromData(rt, new Uint8Array(0));
    expect(a1).toBe(a2);
    expect(a1.ob_refcnt).toBeGreaterThan(999_999_999);
    expect(e.ob_sval.length).toBe(0);
    expect(rt.heap.getallocatedblocks()).toBe(before + 1);
    Py_DECREF(b);
    expect(rt.heap.getallocatedblocks()).toBe(before);
  });

  it('reprs, concatenates and hashes like CPython', () => {
    const rt = new Runtime();
    const a = PyBytes_FromData(rt, Uint8Array.of(0x27, 0x00, 0x41, 0xff, 0x0a));
    expect(reprOf(a)).toBe('b"\'\\x00A\\xff\\n"');
    const b = PyBytes_FromData(rt, enc('xy'));
    const c = PyNumber_Binary(a, b, 'nb_add');
    expect(reprOf(c)).toBe('b"\'\\x00A\\xff\\nxy"');
    // str and bytes share the hash function, as _Py_HashBytes does in CPython
    expect(PyObject_Hash(b)).toBe(PyObject_Hash(rt.newStr('xy')));
    expect(bytes_hash_data(enc('xy'))).toBe(PyObject_Hash(b));
    for (const o of [a, b, c]) Py_DECREF(o);
  });

  it('searches and compares byte strings', () => {
    const s = enc('abcabc');
    expect(findData(s, enc('ca'), 0, 6)).toBe(2);
    expect(rfindData(s, enc('bc'), 0, 6)).toBe(4);
    expect(findData(s, enc('bc'), 2, 4)).toBe(-1);
    expect(findData(s, new Uint8Array(0), 3, 6)).toBe(3);
    expect(compareData(enc('ab'), enc('abc'))).toBe(-1);
    expect(compareData(enc('b'), enc('abc'))).toBe(1);
    expect(compareData(enc('abc'), enc('abc'))).toBe(0);
  });
});

describe('codecs', () => {
  it('encodes utf-8, ascii and latin-1 with the error handlers', () => {
    const rt = new Runtime();
    expect(Array.from(encodeText(rt, 'é€😀', 'utf-8', 'strict'))).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(Array.from(encodeText(rt, 'aé', 'Latin_1', 'strict'))).toEqual([0x61, 0xe9]);
    expect(new TextDecoder().decode(encodeText(rt, 'aé€', 'ascii', 'xmlcharrefreplace'))).toBe('a&#233;&#8364;');
    expect(new TextDecoder().decode(encodeText(rt, 'aé', 'ascii', 'backslashreplace'))).toBe('a\\xe9');
    expect(errText(() => encodeText(rt, 'aé€', 'ascii', 'strict'))).toBe(
      "UnicodeEncodeError: UnicodeEncodeError('ascii', 'aé€', 1, 3, 'ordinal not in range(128)')",
    );
    expect(errStr(() => encodeText(rt, 'aé€', 'ascii', 'strict'))).toBe(
      "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
    );
    expect(errText(() => encodeText(rt, 'x', 'utf-7x', 'strict'))).toBe("LookupError: LookupError('unknown encoding: utf-7x')");
  });

  it('decodes utf-8 with CPython error positions and reasons', () => {
    const rt = new Runtime();
    expect(decodeBytes(rt, Uint8Array.of(0x61, 0xe2, 0x82, 0xac), 'utf-8', 'strict')).toBe('a€');
    expect(decodeBytes(rt, Uint8Array.of(0x61, 0xff, 0x62), 'utf-8', 'replace')).toBe('a\ufffdb');
    expect(decodeBytes(rt, Uint8Array.of(0xe2, 0x82), 'utf-8', 'replace')).toBe('\ufffd');
    expect(decodeBytes(rt, Uint8Array.of(0xed, 0xa0, 0x80), 'utf-8', 'replace')).toBe('\ufffd\ufffd\ufffd');
    expect(errStr(() => decodeBytes(rt, Uint8Array.of(0x61, 0xe2, 0x82), 'utf-8', 'strict'))).toContain(
      "can't decode bytes in position 1-2: unexpected end of data",
    );
    expect(errStr(() => decodeBytes(rt, Uint8Array.of(0xe2, 0x41), 'utf-8', 'strict'))).toContain(
      "can't decode byte 0xe2 in position 0: invalid continuation byte",
    );
    expect(errStr(() => decodeBytes(rt, Uint8Array.of(0x80), 'ascii', 'strict'))).toContain(
      "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)",
    );
  });
});

describe('bytearray', () => {
  it('grows and shrinks its side buffer by 3.11 PyByteArray_Resize', () => {
    const rt = new Runtime();
    const b = PyByteArray_FromData(rt, new Uint8Array(0));
    expect(b.ob_alloc).toBe(0);
    expect(b.ob_bytes).toBe(0);
    const allocs: number[] = [];
    for (let n = 1; n <= 20; n++) {
      PyByteArray_Resize(rt, b, n);
      allocs.push(b.ob_alloc);
    }
    // getsizeof after appends in CPython 3.11: 58, 61, 61, 61, 64 ... (56 + alloc)
    expect(allocs).toEqual([2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27]);
    expect(rt.heap.blockSize(b.ob_bytes)).toBe(32);
    PyByteArray_Resize(rt, b, 0);
    expect(b.ob_alloc).toBe(1);
    const blocks = rt.heap.getallocatedblocks();
    Py_DECREF(b);
    expect(rt.heap.getallocatedblocks()).toBe(blocks - 2);
  });

  it('is two requests: the 56-byte object and an n + 1 byte buffer', () => {
    const rt = new Runtime();
    const before = rt.heap.getallocatedblocks();
    const b = PyByteArray_FromData(rt, enc('abc'));
    expect(rt.heap.getallocatedblocks()).toBe(before + 2);
    expect(b.ob_alloc).toBe(4);
    expect(reprOf(b)).toBe("bytearray(b'abc')");
    Py_DECREF(b);
    expect(rt.heap.getallocatedblocks()).toBe(before);
  });
});
