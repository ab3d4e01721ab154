/**
 * The tasks the outline suggests to a kind of unit: a new plan starts with them (section II and
 * one row each), and section III offers the ones its table does not have yet.
 */
import type { Area, OutlinePoint, UnitType } from '../outline/schema.ts';

/**
 * Points that apply to the unit type without a condition. A conditional point (II.5 for a Sở:
 * "only the Sở concerned") is left for the checker to suggest, since the type alone cannot tell.
 */
function pointsFor(area: Area, unitType: UnitType): OutlinePoint[] {
  return area.points.filter(
    (point) => point.appliesTo.includes(unitType) && point.condition?.[unitType] === undefined,
  );
}

/** The task wording of a point, in the unit type's own words where the outline gives them. */
function taskWording(point: OutlinePoint, unitType: UnitType): string {
  return (point.taskByUnitType?.[unitType] ?? point.text).replace(/[.。]\s*$/, '');
}

/** Starter tasks of an area: its points, or the activities II.7 lists in prose. */
export function starterTasks(area: Area, unitType: UnitType): { id: string; text: string }[] {
  const points = pointsFor(area, unitType);
  if (points.length > 0) {
    return points.map((point) => ({ id: point.id, text: taskWording(point, unitType) }));
  }
  return (area.suggestedTasks ?? []).map((text, index) => ({
    id: `${area.id}-${index + 1}`,
    text,
  }));
}

/**
 * What "Gợi ý từ đề cương" offers in an area of section III: every point that applies to the
 * unit type, conditional ones too (the unit knows whether "only the Sở concerned" is itself),
 * less the general tasks its table already has.
 */
export function suggestedTasks(
  area: Area,
  unitType: UnitType,
  used: ReadonlySet<string>,
): string[] {
  const texts =
    area.points.length > 0
      ? area.points
          .filter((point) => point.appliesTo.includes(unitType))
          .map((point) => taskWording(point, unitType))
      : (area.suggestedTasks ?? []);
  return texts.filter((text) => !used.has(text));
}
