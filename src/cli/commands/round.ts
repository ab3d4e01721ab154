/**
 * `ke-hoach tong-hop FILES…|DIR [--ke-hoach-tinh PROVINCE] [--danh-sach ROSTER] [--han DATE]
 * [--nam YEAR] [--den-ngay DATE] --format xlsx|docx|md|json [-o OUT] [--phieu-gop-y DIR]`: the
 * Sở Nội vụ's round from the command line, the same model (src/round/) and files
 * (src/export/round/) as the desk's page. With --ke-hoach-tinh, each plan is matched against the
 * province's own plan as it is read (the page's province check), so the plan can still be let go.
 *
 * Memory stays bounded over a national roll-up (2,000 plans): files are read, checked and
 * summarised one at a time, and only what the output needs is kept: each plan's summary, its
 * findings (all of them for the workbook and the letters, one per rule otherwise, which is what
 * the common mistakes count), and its tasks for the workbook up to the sheet's limit.
 */
import { join } from 'node:path';
import { roundLetterToDocx, roundSummaryToDocx } from '../../export/round/docx.ts';
import { roundToJson } from '../../export/round/json.ts';
import { roundSummaryToMarkdown } from '../../export/round/markdown.ts';
import type { RoundExportOptions, RoundSender } from '../../export/round/round-text.ts';
import { planTasks, type RoundTask } from '../../export/round/tasks.ts';
import { DEFAULT_MAX_SHEET_ROWS, roundToXlsx } from '../../export/round/xlsx.ts';
import { roundFileName, roundLetterFileName } from '../../export/file-name.ts';
import { MAX_DOCX_BYTES } from '../../import/docx/index.ts';
import { MAX_YEAR, MIN_YEAR, MAX_NAME_LENGTH, type Plan } from '../../plan/schema.ts';
import { unitTypeLabels } from '../../plan/unit-type-labels.ts';
import { formatAmount, todayIso } from '../../plan/vi-format.ts';
import {
  checkReceivedPlan,
  isProvincePlan,
  matchProvinceTasks,
  MAX_ROUND_FILE_BYTES,
  MAX_ROUND_FILES,
  parseRoster,
  receiveEach,
  viewRound,
  type CheckedPlan,
  type IncomingFile,
  type RoundFileEntry,
  type RoundSettings,
  type RoundView,
} from '../../round/index.ts';
import { optionalIsoDate, parseCommandArgs, requireString } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { roundUsage } from '../usage.ts';
import { deliver } from './output.ts';
import { readPlanArgument } from './read-plan.ts';

const formats = ['xlsx', 'docx', 'md', 'json'] as const;
type Format = (typeof formats)[number];
const isFormat = (value: string): value is Format => (formats as readonly string[]).includes(value);

/** What a folder is read for: plan files, Word plans, archives of them, and old .doc files (named). */
const ROUND_EXTENSIONS = ['.json', '.zip', '.docx', '.doc'] as const;

/** The most a file may weigh on disk before it is read: an archive's, a Word plan's, a plan file's. */
function maxBytesOf(path: string): number | undefined {
  if (/\.zip$/i.test(path)) return MAX_ROUND_FILE_BYTES;
  if (/\.docx?$/i.test(path)) return MAX_DOCX_BYTES;
  return undefined;
}

function planYearOption(value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  const year = Number(value);
  if (typeof value !== 'string' || !/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CliError(
      `--nam phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR} (đang là “${String(value)}”).\n\n${roundUsage}`,
    );
  }
  return year;
}

function textOption(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string') return '';
  if (value.length > MAX_NAME_LENGTH) {
    throw new CliError(`--${name} dài quá ${MAX_NAME_LENGTH} ký tự.\n\n${roundUsage}`);
  }
  return value.normalize('NFC').trim();
}

async function readRoster(io: CliIo, path: string): Promise<string[]> {
  const read = await io.readFile(path);
  if (!read.ok) throw new CliError(`Không đọc được danh sách đơn vị: ${read.reason}`);
  const text = new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, '');
  const roster = parseRoster(text);
  for (const notice of roster.notices) io.stderr(`Danh sách đơn vị: ${notice}\n`);
  return roster.units;
}

/** The id the province's plan has among the round's entries (never one of "f1", "f2", …). */
const PROVINCE_ID = 'tinh';

/** The province's own plan given with --ke-hoach-tinh; exit 2 when unreadable or not a province's. */
async function readProvince(io: CliIo, path: string): Promise<Plan> {
  const read = await readPlanArgument(path, io);
  if (!read.ok) {
    const reasons = read.problems
      .slice(0, 3)
      .map((problem) => (problem.where ? `${problem.where}: ${problem.message}` : problem.message))
      .join(' ');
    throw new CliError(`Không đọc được kế hoạch của tỉnh “${path}”: ${reasons}`, 2);
  }
  if (!isProvincePlan(read.plan)) {
    throw new CliError(
      `${path}: không phải kế hoạch của UBND tỉnh (tệp ghi loại đơn vị “${unitTypeLabels[read.plan.unit.type]}”). ` +
        'Hãy đưa vào --ke-hoach-tinh tệp kế hoạch CCHC của tỉnh.',
      2,
    );
  }
  return read.plan;
}

/** The files named on the command line, folders opened, in order; each once. */
async function roundPaths(
  io: CliIo,
  given: readonly string[],
): Promise<{ paths: string[]; missing: { file: string; message: string }[] }> {
  const paths: string[] = [];
  const missing: { file: string; message: string }[] = [];
  for (const path of given) {
    const listing = (await io.listFiles?.(path, ROUND_EXTENSIONS)) ?? { kind: 'file' as const };
    if (listing.kind === 'missing') missing.push({ file: path, message: listing.reason });
    else if (listing.kind === 'file') paths.push(path);
    else paths.push(...listing.files);
  }
  const unique = [...new Set(paths)];
  if (unique.length > MAX_ROUND_FILES) {
    throw new CliError(
      `Một lần tổng hợp nhận tối đa ${formatAmount(MAX_ROUND_FILES)} tệp (đang có ${formatAmount(unique.length)}); hãy chia thành nhiều đợt.`,
    );
  }
  return { paths: unique, missing };
}

/** One finding per rule: all the common mistakes need, when no output lists the findings. */
function firstPerRule(checked: CheckedPlan): CheckedPlan {
  const seen = new Set<string>();
  const findings = checked.findings.filter((finding) => {
    if (seen.has(finding.ruleId)) return false;
    seen.add(finding.ruleId);
    return true;
  });
  return { summary: checked.summary, findings };
}

interface ReadRound {
  entries: RoundFileEntry[];
  checked: Map<string, CheckedPlan>;
  tasks: Map<string, RoundTask[]>;
}

async function readRound(
  io: CliIo,
  paths: readonly string[],
  missing: readonly { file: string; message: string }[],
  asOf: string,
  keep: { allFindings: boolean; tasks: boolean },
  province: Plan | undefined,
): Promise<ReadRound> {
  const entries: RoundFileEntry[] = [];
  const checked = new Map<string, CheckedPlan>();
  const tasks = new Map<string, RoundTask[]>();
  let taskCount = 0;
  const add = (entry: RoundFileEntry) => entries.push(entry);
  for (const { file, message } of missing) {
    add({ kind: 'unreadable', id: `f${entries.length + 1}`, file, message });
  }
  for (const path of paths) {
    const read = await io.readFile(path, maxBytesOf(path));
    if (!read.ok) {
      add({ kind: 'unreadable', id: `f${entries.length + 1}`, file: path, message: read.reason });
      continue;
    }
    const incoming: IncomingFile[] = [{ name: path, bytes: read.bytes }];
    for (const received of receiveEach(incoming)) {
      const id = `f${entries.length + 1}`;
      if (received.kind === 'unreadable') {
        add({ ...received, id });
        continue;
      }
      const result = checkReceivedPlan(received.plan, asOf);
      checked.set(id, keep.allFindings ? result : firstPerRule(result));
      if (keep.tasks && taskCount < DEFAULT_MAX_SHEET_ROWS) {
        const planned = planTasks(received.plan);
        taskCount += planned.length;
        tasks.set(id, planned);
      }
      add({
        kind: 'plan',
        id,
        file: received.file,
        ...(province && { provinceMatches: matchProvinceTasks(province, received.plan) }),
        // Only the counts are printed: the report's items are let go with the plan.
        ...(received.word && {
          word: { ...received.word, report: { ...received.word.report, items: [] } },
        }),
      });
    }
  }
  return { entries, checked, tasks };
}

function roundText(view: RoundView, fileCount: number): string {
  const { tally } = view;
  const lines = [
    `Đã đọc ${formatAmount(fileCount)} tệp: ${formatAmount(tally.sent)} đơn vị gửi kế hoạch (${formatAmount(tally.onTime)} đúng hạn, ${formatAmount(tally.late)} sau hạn, ${formatAmount(tally.undated)} chưa xác định), ${formatAmount(tally.missing)} đơn vị chưa gửi, ${formatAmount(tally.unreadable)} tệp không đọc được.`,
  ];
  if (tally.setAside > 0) {
    lines.push(`${formatAmount(tally.setAside)} kế hoạch trùng đơn vị được để ra ngoài.`);
  }
  for (const file of view.unreadable) lines.push(`- ${file.file}: ${file.message}`);
  return `${lines.join('\n')}\n`;
}

export async function runRound(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      'danh-sach': { type: 'string' },
      han: { type: 'string' },
      nam: { type: 'string' },
      'den-ngay': { type: 'string' },
      ten: { type: 'string' },
      'ke-hoach-tinh': { type: 'string' },
      'co-quan': { type: 'string' },
      tinh: { type: 'string' },
      'dia-danh': { type: 'string' },
      'nguoi-ky': { type: 'string' },
      'phieu-gop-y': { type: 'string' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
    },
    roundUsage,
  );
  if (parsed.positionals.length === 0) {
    throw new CliError(`Thiếu tệp hoặc thư mục kế hoạch.\n\n${roundUsage}`);
  }
  const format = requireString(parsed, 'format', roundUsage);
  if (!isFormat(format)) {
    throw new CliError(
      `Định dạng “${format}” chưa được hỗ trợ; chọn xlsx, docx, md hoặc json.\n\n${roundUsage}`,
    );
  }
  const deadline = optionalIsoDate(parsed, 'han', roundUsage) ?? null;
  const asOf = optionalIsoDate(parsed, 'den-ngay', roundUsage) ?? todayIso();
  const planYear = planYearOption(parsed.values.nam);
  const letters = parsed.values['phieu-gop-y'];
  if (letters === '') throw new CliError(`--phieu-gop-y cần tên thư mục.\n\n${roundUsage}`);
  const sender: Partial<RoundSender> = {
    name: textOption(parsed.values['co-quan'], 'co-quan'),
    province: textOption(parsed.values.tinh, 'tinh'),
    place: textOption(parsed.values['dia-danh'], 'dia-danh'),
    signerName: textOption(parsed.values['nguoi-ky'], 'nguoi-ky'),
  };
  const options: RoundExportOptions = { asOf, sender };
  const provincePath = parsed.values['ke-hoach-tinh'];
  if (provincePath === '') throw new CliError(`--ke-hoach-tinh cần tên tệp.\n\n${roundUsage}`);
  const province =
    typeof provincePath === 'string' ? await readProvince(io, provincePath) : undefined;
  const rosterPath = parsed.values['danh-sach'];
  const roster = typeof rosterPath === 'string' ? await readRoster(io, rosterPath) : [];

  const { paths, missing } = await roundPaths(io, parsed.positionals);
  const { entries, checked, tasks } = await readRound(
    io,
    // The province's plan in the same folder is the one checked against, not a unit of the round.
    paths.filter((path) => path !== provincePath),
    missing,
    asOf,
    { allFindings: format === 'xlsx' || typeof letters === 'string', tasks: format === 'xlsx' },
    province,
  );
  const settings: RoundSettings = {
    name: textOption(parsed.values.ten, 'ten'),
    planYear,
    deadline,
    roster,
  };
  const view = viewRound(
    province && typeof provincePath === 'string'
      ? {
          ...settings,
          files: [
            { kind: 'plan', id: PROVINCE_ID, file: provincePath, plan: province },
            ...entries,
          ],
          kept: {},
          province: PROVINCE_ID,
        }
      : { ...settings, files: entries, kept: {} },
    checked,
  );
  io.stderr(roundText(view, entries.length));
  if (view.units.length === 0) {
    throw new CliError(
      entries.length === 0
        ? 'Không tìm thấy tệp kế hoạch nào (.json, .docx, .zip) trong các đường dẫn đã cho.'
        : 'Không có tệp kế hoạch nào đọc được: không có gì để tổng hợp.',
    );
  }

  const output =
    format === 'json'
      ? roundToJson(settings, view, options)
      : format === 'md'
        ? roundSummaryToMarkdown(settings, view, options)
        : format === 'docx'
          ? await roundSummaryToDocx(settings, view, options)
          : await roundToXlsx(settings, view, {
              ...options,
              tasks: (unit) => tasks.get(unit.id) ?? [],
            });
  await deliver(
    io,
    parsed,
    output,
    roundFileName(planYear, format),
    (out) => `Đã tổng hợp → ${out}`,
  );

  if (typeof letters === 'string') {
    await io.makeDirectory?.(letters);
    const used = new Set<string>();
    let written = 0;
    for (const unit of view.units) {
      if (!unit.kept) continue;
      const base = roundLetterFileName(
        unit.checked.summary.unitName,
        unit.checked.summary.planYear,
        unit.file,
      );
      let name = base;
      for (let n = 2; used.has(name); n++) name = base.replace(/\.docx$/, `-${n}.docx`);
      used.add(name);
      await io.writeFile(join(letters, name), await roundLetterToDocx(unit, options));
      written++;
    }
    io.stderr(`Đã viết ${formatAmount(written)} phiếu góp ý vào thư mục ${letters}\n`);
  }
  return 0;
}
