/** Command-line options, parsed with Node's own parser and its complaints told in Vietnamese. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: Options, usage: string): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    // Node words these in English; only the option's name is worth keeping.
    const code = (error as { code?: string }).code;
    const option = /'(-{1,2}[^'\s]+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const named = option === undefined ? '' : ` “${option}”`;
    const detail =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Tùy chọn${named} không được hỗ trợ.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Tùy chọn${named} thiếu giá trị hoặc có giá trị không hợp lệ.`
          : 'Tham số không hợp lệ.';
    throw new CliError(`${detail}\n\n${usage}`);
  }
}

export function requireString(parsed: Parsed, name: string, usage: string): string {
  const value = parsed.values[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`Thiếu tùy chọn --${name}.\n\n${usage}`);
  }
  return value;
}

export function singleFile(parsed: Parsed, usage: string): string {
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new CliError(`Thiếu tên tệp kế hoạch.\n\n${usage}`);
  if (extra.length > 0) {
    throw new CliError(`Chỉ xử lý một tệp mỗi lần (thừa: ${extra.join(' ')}).\n\n${usage}`);
  }
  return file;
}

/** A real day written YYYY-MM-DD ("2013-02-30" is refused), or a CliError saying how to write it. */
export function optionalIsoDate(parsed: Parsed, name: string, usage: string): string | undefined {
  const value = parsed.values[name];
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const [year, month, day] = (match?.slice(1) ?? []).map(Number) as [number, number, number];
  const real =
    match !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) {
    throw new CliError(
      `--${name} phải là một ngày có thật, viết theo dạng năm-tháng-ngày, ví dụ 2013-09-14 (đang là “${String(value)}”).\n\n${usage}`,
    );
  }
  return value as string;
}
