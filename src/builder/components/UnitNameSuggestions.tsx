/**
 * The unit names a plan's unit fields suggest, as a native `<datalist>`: Chromium opens it with
 * the arrow keys and as a full-width list on a phone, which a combobox of our own would have to
 * rebuild. Each option's label says where the name comes from; the names themselves come from
 * `unitSuggestionsFor`, which keeps the register out of the builder's start-up code by living in
 * the sections that import this.
 */
import { useMemo } from 'preact/hooks';
import type { Plan } from '../../plan/schema.ts';
import { unitSuggestionsFor } from '../../plan/unit-suggestions.ts';

export function UnitNameSuggestions({ id, plan }: { id: string; plan: Plan }) {
  const { used, registered } = useMemo(() => unitSuggestionsFor(plan), [plan]);
  const official = `Tên chính thức năm ${plan.planYear}`;
  return (
    <datalist id={id}>
      {used.map((name) => (
        <option key={`used:${name}`} value={name} label="Đã dùng trong kế hoạch" />
      ))}
      {registered.map((name) => (
        <option key={`registered:${name}`} value={name} label={official} />
      ))}
    </datalist>
  );
}
