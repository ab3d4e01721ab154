/**
 * `ke-hoach`: create, check and export annual CCHC plan files, report on carrying them out, sum
 * up a round of every unit's plans for the Sở Nội vụ, and read a unit's Word plan, from the
 * command line.
 * A thin shell: the model (src/plan) and the exporters (src/export) do the work; this file picks
 * the command and turns every failure into a Vietnamese message and an exit code, never a stack trace.
 */
import { runCheck } from './commands/check.ts';
import { runExport } from './commands/export.ts';
import { runImport } from './commands/import.ts';
import { runNew } from './commands/new.ts';
import { runReport } from './commands/report.ts';
import { runRound } from './commands/round.ts';
import { CliError, type CliIo } from './io.ts';
import { terminalSafe } from './terminal-text.ts';
import { mainUsage } from './usage.ts';

const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  new: runNew,
  check: runCheck,
  export: runExport,
  report: runReport,
  'tong-hop': runRound,
  import: runImport,
};

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // The one output boundary: whatever a command prints passes through `terminalSafe`; files
  // written with -o keep their exact bytes.
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${mainUsage}\n`);
    return command === undefined ? 2 : 0;
  }
  const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run) {
    io.stderr(
      `Không có lệnh “${command}”. Các lệnh: new, check, export, report, tong-hop, import.\n\n${mainUsage}\n`,
    );
    return 2;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `Lỗi không lường trước: ${detail}\nHãy báo lại cho nhóm phát triển, kèm lệnh đã chạy.\n`,
    );
    return 2;
  }
}
