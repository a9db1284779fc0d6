// --record: the JSON event stream of docs/record-format.md, checked for what a replaying
// viewer relies on: the header, the order of the collection phases, refcount events that
// chain, blocks freed only after they were handed out, and the cap.
import { describe, expect, test } from 'vitest';
import { runTraced } from './harness.js';

interface Ev { e: string; phase?: string; [k: string]: unknown }
interface Rec { format: string; version: number; script: string; source: string; layout: string; limit: number; truncated: boolean; note?: string; events: Ev[] }

function record(rel: string, limit = 200_000): Rec {
  const r = runTraced(rel, { record: { limit, write: () => undefined } });
  expect(r.status).toBe(0);
  expect(r.record).not.toBeNull();
  return JSON.parse(r.record as string) as Rec;
}

describe('--record', () => {
  test('header', () => {
    const rec = record('examples/30_cycle_explained.py');
    expect(rec.format).toBe('glasspy-record');
    expect(rec.version).toBe(1);
    expect(rec.layout).toBe('3.7');
    expect(rec.truncated).toBe(false);
    expect(rec.source).toContain('gc.collect()');
  });

  test('collection phases in gc_collect_main order, with the verdict of the cycle', () => {
    const rec = record('examples/30_cycle_explained.py');
    const phases = rec.events.filter((e) => e.e === 'gc').map((e) => e.phase as string);
    const first = phases.slice(0, phases.indexOf('end') + 1).filter((p) => p !== 'tp_clear');
    expect(first).toEqual(['start', 'update_refs', 'subtract_refs', 'move_unreachable', 'resurrected', 'clear_freelists', 'end']);
    const start = rec.events.find((e) => e.phase === 'start') as Ev;
    expect(start['trigger']).toEqual({ kind: 'collect' });
    const mu = rec.events.find((e) => e.phase === 'move_unreachable') as Ev;
    const types = new Map((start['objects'] as { id: number; type: string }[]).map((o) => [o.id, o.type]));
    expect((mu['unreachable'] as number[]).map((id) => types.get(id))).toEqual(['Node', 'Node']);
    const end = rec.events.find((e) => e.phase === 'end') as Ev;
    expect(end['collected']).toBe(2); // python3 prints "collected 2"
  });

  test('weakref, finalizer and resurrection phases', () => {
    const rec = record('examples/32_finalizer_explained.py');
    const phases = rec.events.filter((e) => e.e === 'gc').map((e) => e.phase as string);
    expect(phases.slice(0, 9)).toEqual(['start', 'update_refs', 'subtract_refs', 'move_unreachable', 'weakref_cleared', 'weakref_callback', 'finalizer', 'finalizer', 'resurrected']);
    const res = rec.events.find((e) => e.phase === 'resurrected') as Ev;
    expect((res['ids'] as number[]).length).toBe(2);
  });

  test('refcount events chain; frees follow mallocs; output is in the stream', () => {
    const rec = record('tests/trace/fixtures/refs_basic.py');
    const rc = new Map<number, number>();
    const live = new Set<number>();
    let freedUnknown = 0;
    for (const e of rec.events) {
      if (e.e === 'watch') rc.set(e['id'] as number, e['refcnt'] as number);
      if (e.e === 'ref') {
        expect(rc.get(e['id'] as number)).toBe(e['from']);
        rc.set(e['id'] as number, e['to'] as number);
        expect(typeof e['cause']).toBe('string');
      }
      if (e.e === 'malloc') live.add(e['block'] as number);
      if (e.e === 'realloc') { live.delete(e['from'] as number); live.add(e['block'] as number); }
      if (e.e === 'free') {
        if (!live.delete(e['block'] as number)) freedUnknown++; // blocks from start-up
      }
    }
    expect(rc.size).toBeGreaterThan(0);
    expect(freedUnknown).toBeLessThan(rec.events.filter((e) => e.e === 'free').length);
    const out = rec.events.filter((e) => e.e === 'out').map((e) => e['text']).join('');
    expect(out).toBe('2\n3\n5\n6\n4\n3\n2\nt\nend\n');
    const lines = rec.events.filter((e) => e.e === 'line').map((e) => e['line']);
    expect(lines.slice(0, 5)).toEqual([2, 5, 6, 10, 14]); // class bodies are statements too
  });

  test('the cap: a truncated record says so and is still valid JSON', () => {
    const rec = record('examples/30_cycle_explained.py', 40);
    expect(rec.events.length).toBe(40);
    expect(rec.truncated).toBe(true);
    expect(rec.note).toMatch(/stopped at 40 events; \d+ later events were dropped/);
  });
});
