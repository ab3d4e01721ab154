/**
 * A coordinating-units cell → one unit per item. Items are split on line breaks, semicolons and
 * leading dashes or bullets, never on a comma: "Phòng Kinh tế, Hạ tầng và Đô thị" is one unit,
 * and so is "UBND các xã, thị trấn" (a group the checker then names as such). A comma between two
 * units stays in one item, which the checker (`plan/unit-names.ts`) reads as several units: the
 * user is told there rather than the reader guessing here.
 */

const bullet = /^[-–—+•*·]\s*/;
const edges = /^[\s,.;:]+|[\s,.;:]+$/g;

export function splitUnits(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    for (const part of line.split(';')) {
      const item = part.replace(bullet, '').replace(edges, '').trim();
      if (item !== '') items.push(item);
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
