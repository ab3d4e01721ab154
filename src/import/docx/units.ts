/**
 * A coordinating-units cell → one unit per item. Items are split on line breaks, semicolons and
 * leading dashes or bullets, never on a comma alone: "Phòng Kinh tế, Hạ tầng và Đô thị" is one
 * unit. A comma-separated line is split only when each part starts like a unit ("Phòng Tư pháp,
 * Phòng Nội vụ"), which is how the checker reads unit names (`plan/unit-names.ts`).
 */
import { readUnitName } from '../../plan/unit-names.ts';

const bullet = /^[-–—+•*·]\s*/;
const edges = /^[\s,.;:]+|[\s,.;:]+$/g;

export function splitUnits(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    for (const part of line.split(';')) {
      const item = part.replace(bullet, '').replace(edges, '').trim();
      if (item === '') continue;
      const reading = item.length <= 500 && item.includes(',') ? readUnitName(item) : undefined;
      const units = reading?.units.filter((unit) => unit.trim() !== '') ?? [];
      if (units.length > 1 && !reading?.known?.some((known) => known.name === item)) {
        items.push(...units.map((unit) => unit.replace(edges, '').trim()));
      } else {
        items.push(item);
      }
    }
  }
  return items;
}

/** A list cell (products): items by line, a line without a leading dash continuing the item before. */
export function splitListLines(lines: readonly string[]): string[] {
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  const dashed = filled.some((line) => bullet.test(line));
  if (!dashed) return filled;
  const items: string[] = [];
  for (const line of filled) {
    if (bullet.test(line) || items.length === 0) items.push(line.replace(bullet, '').trim());
    else items[items.length - 1] += ` ${line}`;
  }
  return items.filter((item) => item !== '');
}
