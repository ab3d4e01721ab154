/**
 * The unit names a plan's unit fields suggest, as a native `<datalist>`: the browser filters it as
 * the user types and opens it from the keyboard (arrow keys) and by touch, which a combobox of our
 * own would have to rebuild and announce. Each option's label says where the name comes from; the names themselves come from
 * `unitSuggestionsFor`, which answers a keystroke that changes no unit name from memory. Only the
 * sections import this, so the register stays out of the builder's start-up code.
 */
import type { Plan } from '../../plan/schema.ts';
import { unitSuggestionsFor } from '../../plan/unit-suggestions.ts';

export function UnitNameSuggestions({ id, plan }: { id: string; plan: Plan }) {
  const { used, registered } = unitSuggestionsFor(plan);
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
