/**
 * `parseJson` hands back JSON.parse's own value when copying it would change nothing: for every
 * text, that shortcut and the full walk must give the same outcome.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/plan/read/parse-json.ts';

/** The full walk's outcome: the text made to miss the shortcut (an escape in an extra key). */
function walked(text: string) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || trimmed === '{}') return undefined;
  const outcome = parseJson(`{"\\u0078_walk":0,${trimmed.slice(1)}`);
  if (outcome.ok) delete (outcome.value as Record<string, unknown>)['x_walk'];
  return outcome;
}

describe('parseJson: the shortcut past the copy', () => {
  it('gives the walk’s outcome for any JSON object text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 40 }), (text) => {
        const expected = walked(text);
        if (expected === undefined) return;
        expect(parseJson(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('still refuses what the walk refuses, however the text reaches it', () => {
    const deep = `{"a":${'['.repeat(40)}${']'.repeat(40)}}`;
    const cases = [
      '{"__proto__":{"x":1}}',
      '{"rows":[{"constructor":1}]}',
      '{"a":"e\\u0301"}',
      deep,
    ];
    for (const text of cases) {
      expect(parseJson(text)).toEqual(walked(text));
    }
    expect(parseJson(deep).ok).toBe(false);
    expect(parseJson('{"a":"e\\u0301"}')).toEqual({ ok: true, value: { a: 'é' } });
    expect(parseJson('{"__proto__":{"x":1}}').ok).toBe(false);
  });
});
