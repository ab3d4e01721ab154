/**
 * A change the island refuses (a value its data cannot hold: a year past 2100, a text over its
 * length) is answered at the field, GOV.UK style, and what the user typed stays in the field for
 * them to correct.
 */
import { useEffect, useState } from 'preact/hooks';

/** The island's answer to a change: accepted, or refused with a message per place. */
export type EditAnswer =
  { ok: true } | { ok: false; problems: readonly { path: string; message: string }[] };

/** What a field reports a change to: the island's answer, when there is one. */
export type Commit<T> = (value: T) => EditAnswer | void;

/**
 * The messages of a refused change, one per place (the tighter of two limits on one value comes
 * last), each list item named after its item: "Sản phẩm 2: Dài quá 500 ký tự."
 */
export function refusalMessages(result: EditAnswer, itemLabel?: string): string[] {
  if (result.ok) return [];
  const byPath = new Map<string, string>();
  for (const problem of result.problems) {
    const item = itemLabel ? /\[(\d+)\]$/.exec(problem.path) : null;
    byPath.set(
      problem.path,
      item ? `${itemLabel} ${Number(item[1]) + 1}: ${problem.message}` : problem.message,
    );
  }
  return [...byPath.values()];
}

/**
 * A field's value as shown: the data's, or, while a change is refused, what the user typed, with
 * the messages. A change from elsewhere (undo, another tab) replaces both.
 */
export function useRefusal<T>(value: T, itemLabel?: string) {
  const [refused, setRefused] = useState<{ typed: T; messages: string[] } | null>(null);
  useEffect(() => setRefused(null), [value]);
  const commit = (typed: T, result: EditAnswer | void) => {
    const messages = result ? refusalMessages(result, itemLabel) : [];
    setRefused(messages.length > 0 ? { typed, messages } : null);
  };
  return { shown: refused ? refused.typed : value, messages: refused?.messages, commit };
}
