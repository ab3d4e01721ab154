/** `ke-hoach new`: a new plan file from an outline template, for a unit type and year. */
import { planToJson } from '../../export/json.ts';
import { createPlan } from '../../plan/create.ts';
import { MAX_YEAR, MIN_YEAR } from '../../plan/schema.ts';
import { unitTypeLabels } from '../../plan/labels.ts';
import {
  DEFAULT_TEMPLATE_ID,
  isTemplateId,
  templateById,
  templateIds,
} from '../../plan/templates.ts';
import { parseCommandArgs, requireString } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { newUsage } from '../usage.ts';

export async function runNew(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      loai: { type: 'string' },
      nam: { type: 'string' },
      'de-cuong': { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
    newUsage,
  );
  if (parsed.positionals.length > 0) {
    throw new CliError(`Thừa tham số: ${parsed.positionals.join(' ')}.\n\n${newUsage}`);
  }
  const templateId = parsed.values['de-cuong'] ?? DEFAULT_TEMPLATE_ID;
  if (typeof templateId !== 'string' || !isTemplateId(templateId)) {
    throw new CliError(
      `--de-cuong phải là ${templateIds.map((id) => `“${id}”`).join(' hoặc ')}.\n\n${newUsage}`,
    );
  }
  const template = templateById(templateId);
  const unitType = requireString(parsed, 'loai', newUsage);
  const fitting = template.unitTypes.find((type) => type === unitType);
  if (fitting === undefined) {
    const choices = template.unitTypes.map((type) => `“${type}” (${unitTypeLabels[type]})`);
    throw new CliError(
      `Với ${template.shortTitle}, --loai phải là ${choices.join(', ')}.\n\n${newUsage}`,
    );
  }
  const yearText = requireString(parsed, 'nam', newUsage);
  const planYear = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || planYear < MIN_YEAR || planYear > MAX_YEAR) {
    throw new CliError(
      `--nam phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR} (đang là “${yearText}”).\n\n${newUsage}`,
    );
  }
  const json = planToJson(createPlan({ unitType: fitting, planYear, template: templateId }));
  const out = parsed.values.out;
  if (typeof out === 'string') {
    await io.writeFile(out, json);
    io.stderr(`Đã tạo kế hoạch mới: ${out}\n`);
  } else {
    io.stdout(json);
  }
  return 0;
}
