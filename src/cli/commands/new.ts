/** `ke-hoach new`: a new plan file from the outline, for a unit type and year. */
import { planToJson } from '../../export/json.ts';
import { createPlan } from '../../plan/create.ts';
import { MAX_YEAR, MIN_YEAR } from '../../plan/schema.ts';
import { unitTypeSchema } from '../../outline/schema.ts';
import { parseCommandArgs, requireString } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { newUsage } from '../usage.ts';

export async function runNew(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { loai: { type: 'string' }, nam: { type: 'string' }, out: { type: 'string', short: 'o' } },
    newUsage,
  );
  if (parsed.positionals.length > 0) {
    throw new CliError(`Thừa tham số: ${parsed.positionals.join(' ')}.\n\n${newUsage}`);
  }
  const unitType = unitTypeSchema.safeParse(requireString(parsed, 'loai', newUsage));
  if (!unitType.success) {
    throw new CliError(
      `--loai phải là “so” (Sở, Ban, ngành) hoặc “huyen” (UBND huyện, thành phố).\n\n${newUsage}`,
    );
  }
  const yearText = requireString(parsed, 'nam', newUsage);
  const planYear = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || planYear < MIN_YEAR || planYear > MAX_YEAR) {
    throw new CliError(
      `--nam phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR} (đang là “${yearText}”).\n\n${newUsage}`,
    );
  }
  const json = planToJson(createPlan({ unitType: unitType.data, planYear }));
  const out = parsed.values.out;
  if (typeof out === 'string') {
    await io.writeFile(out, json);
    io.stderr(`Đã tạo kế hoạch mới: ${out}\n`);
  } else {
    io.stdout(json);
  }
  return 0;
}
