// The tables in docs/obmalloc.md, checked against the code so they cannot go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_311, LAYOUT_37, Obmalloc, POOL_HEADER_FIELDS, pools_per_arena, type Layout } from '../../src/obmalloc/index.js';
import { mallocMany } from './helpers.js';

const doc = readFileSync(new URL('../../docs/obmalloc.md', import.meta.url), 'utf8');

describe('docs/obmalloc.md', () => {
  it('layout table matches LAYOUT_37 and LAYOUT_311', () => {
    const rows = [...doc.matchAll(/^\| (3\.7|3\.11) +\| +(\d+) +\| +(\d+) +\| +(\d+) +\| +(\d+) +\| +(\d+) +\| ([^|]+)\|$/gm)];
    expect(rows.length).toBe(2);
    const byName: Record<string, Layout> = { '3.7': LAYOUT_37, '3.11': LAYOUT_311 };
    for (const r of rows) {
      const l = byName[r[1]!]!;
      expect(Number(r[2])).toBe(l.ARENA_SIZE);
      expect(Number(r[3])).toBe(l.POOL_SIZE);
      expect(Number(r[4])).toBe(l.ALIGNMENT);
      expect(Number(r[5])).toBe(l.NB_SMALL_SIZE_CLASSES);
      expect(Number(r[6])).toBe(pools_per_arena(l));
      expect(r[7]!.trim()).toBe(l.wholly_free_arena === 'free-at-once' ? 'freed at once' : 'kept if last');
    }
  });

  it('pool header table matches POOL_HEADER_FIELDS', () => {
    const rows = [...doc.matchAll(/^ {2}\+(\d+) +(\S+) +(\d)(\(\+4\))? /gm)].map((m) => ({
      offset: Number(m[1]),
      name: m[2],
      size: Number(m[3]),
    }));
    expect(rows).toEqual(POOL_HEADER_FIELDS.map((f) => ({ offset: f.offset, name: f.name, size: f.size })));
  });

  it('pool state table matches the one in obmalloc.ts', () => {
    const src = readFileSync(new URL('../../src/obmalloc/obmalloc.ts', import.meta.url), 'utf8');
    const code = [...src.matchAll(/^\/\/ {3}(used|full|empty) +\| ([^|]+)\| ([^|]+)\| ([^|]+)\|/gm)].map((m) =>
      [m[1], m[2], m[3], m[4]].map((s) => s!.trim()),
    );
    const docs = [...doc.matchAll(/^\| (used|full|empty) +\| ([^|]+)\| ([^|]+)\| ([^|]+)\|/gm)].map((m) =>
      [m[1], m[2], m[3], m[4]].map((s) => s!.trim().replace(/`/g, '')),
    );
    expect(docs).toEqual(code);
  });

  it('shows real _debugmallocstats and heap map output', () => {
    const a = new Obmalloc({ layout: LAYOUT_37 });
    mallocMany(a, 10, 24);
    a.PyObject_Malloc(512);
    expect(doc).toContain('```\n' + a.debugmallocstats() + '```\n');
    const b = new Obmalloc({ layout: LAYOUT_37 });
    mallocMany(b, 333, 16);
    b.PyObject_Malloc(32);
    mallocMany(b, 7, 64);
    mallocMany(b, 2, 600);
    expect(doc).toContain('```\n' + b.heapMap() + '```\n');
  });
});
