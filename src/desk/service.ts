/**
 * The desk's round and everything done to it, as the worker runs it: files received and checked,
 * settings and roster changed, duplicates resolved, the round stored, exported and opened. Plain
 * async functions over a storage, so that unit tests run it without a worker or IndexedDB.
 *
 * Every change is stored just after the page has its answer (IndexedDB copies the whole round,
 * a good part of a second for 100 plans, and the table need not wait for it), except typing in
 * the settings, which is stored once the typing pauses, and files received, stored once the page
 * has had time to draw them. `onStorage` hears when a save starts and
 * how it ended.
 */
import { fastFold } from '../plan/fast-fold.ts';
import { encodePlanForLink, MAX_SHARE_LINK_LENGTH } from '../plan/share.ts';
import { templateById } from '../plan/templates.ts';
import { unitTypeLabels } from '../plan/unit-type-labels.ts';
import { slugify } from '../text/vietnamese.ts';
import { bytesOf, readReceived } from './read-files.ts';
import { parseRoster } from '../round/roster.ts';
import { openStoredRound, readRoundFile, storeRound, writeRoundFile } from '../round/round-file.ts';
import {
  addFiles,
  emptyRound,
  unitCounts,
  unitFindings,
  viewRound,
  type Round,
  type RoundSettings,
  type RoundUnit,
  type RoundView,
} from '../round/round.ts';
import { checkReceivedPlan, type CheckedPlan } from '../round/unit-summary.ts';
import { omittedItems } from '../round/word-source.ts';
import { SHARE_SEGMENT } from '../site/paths.ts';
import type { PlanRow } from '../plan/schema.ts';
import { roundFileName, roundLetterFileName } from '../export/file-name.ts';
import type {
  DeskDownload,
  DeskIncoming,
  DeskFile,
  DeskRequests,
  DeskSnapshot,
  DeskStorageState,
  DeskTask,
  DeskUnit,
  UnitDetail,
} from './protocol.ts';
import { storageProblemMessage, type RoundStorage } from './storage.ts';

export type Progress = (done: number, total: number) => void;

type Result<K extends keyof DeskRequests> = Promise<DeskRequests[K]['result']>;

const SETTINGS_SAVE_DELAY_MS = 400;
/**
 * How long storing waits after files arrive: storing 100 plans keeps the worker and the browser's
 * storage busy for most of a second, which on a two-core office PC slowed the page drawing the
 * table meanwhile (frames of 70–100 ms). Leaving the page before then still stores it (`flush`).
 */
const RECEIVED_SAVE_DELAY_MS = 1000;

/** The settings `viewRound` reads (besides the roster, which has its own request). */
const viewSettings = ['planYear', 'deadline'] as const;

function deskUnit(unit: RoundUnit): DeskUnit {
  // The province check's findings count beside the checker's, as the unit's view lists them.
  const summary = { ...unit.checked.summary, counts: unitCounts(unit) };
  return {
    id: unit.id,
    file: unit.file,
    key: unit.key,
    summary,
    unitTypeLabel: unitTypeLabels[summary.unitType],
    templateTitle: templateById(summary.template).shortTitle,
    folded: fastFold(summary.unitName),
    rosterName: unit.rosterName,
    onTime: unit.onTime,
    otherYear: unit.otherYear,
    sameUnit: unit.sameUnit,
    kept: unit.kept,
    fromWord: unit.word !== undefined,
  };
}

const taskText = (row: PlanRow): string => row.specificTask.trim() || row.generalTask.trim();

const deskTask = (row: PlanRow, position: number): DeskTask => ({
  rowId: row.id,
  position,
  text: taskText(row),
});

export function createDeskService(
  storage: RoundStorage,
  onStorage: (state: DeskStorageState) => void = () => undefined,
) {
  let round: Round = emptyRound();
  let staged: DeskIncoming[] = [];
  let checked = new Map<string, CheckedPlan>();
  let asOf = '';
  let storageState: DeskStorageState = { saving: false, problem: null };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const setStorage = (state: DeskStorageState) => {
    storageState = state;
    onStorage(state);
  };

  async function save(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    try {
      await storage.save(storeRound(round));
      setStorage({ saving: false, problem: null });
    } catch (error) {
      setStorage({ saving: false, problem: storageProblemMessage(error) });
    }
  }

  /** Stores the round once the current answer has gone (a timer: after the reply is posted). */
  function saveSoon(delay = 0): void {
    clearTimeout(saveTimer);
    if (!storageState.saving) setStorage({ ...storageState, saving: true });
    saveTimer = setTimeout(() => void save(), delay);
  }

  function checkAll(files: Round['files'], progress?: Progress): void {
    let done = 0;
    for (const file of files) {
      if (file.kind === 'plan') checked.set(file.id, checkReceivedPlan(file.plan, asOf));
      progress?.(++done, files.length);
    }
  }

  function snapshot(): DeskSnapshot {
    const view = viewRound(round, checked);
    const { files: _files, kept: _kept, ...settings } = round;
    return {
      settings,
      units: view.units.map(deskUnit),
      unreadable: view.unreadable.map(({ id, file, message }) => ({ id, file, message })),
      missing: view.missing,
      tally: view.tally,
      mistakes: view.mistakes,
      province: view.province && {
        id: view.province.id,
        file: view.province.file,
        unitName: view.province.plan.unit.name,
      },
    };
  }

  function detailOf(view: RoundView, id: string): UnitDetail | null {
    const unit = view.units.find((candidate) => candidate.id === id);
    if (!unit) return null;
    const findings = unitFindings(unit);
    const word = unit.word ? { report: unit.word.report, omitted: omittedItems(unit.word) } : null;
    if (!view.province || !unit.province)
      return { unit: deskUnit(unit), findings, province: null, tasks: [], word };
    const choices = round.matches?.[unit.key] ?? {};
    return {
      unit: deskUnit(unit),
      findings,
      province: {
        file: view.province.file,
        unitName: view.province.plan.unit.name,
        matches: unit.province.matches.map(({ task, match, chosen }) => ({
          provinceRowId: task.row.id,
          position: task.position,
          text: taskText(task.row),
          role: task.role,
          match: match && deskTask(match.row, match.position),
          choice: chosen ? choices[task.row.id] : undefined,
        })),
      },
      tasks: (planFile(id)?.plan.rows ?? []).map((row, index) => deskTask(row, index + 1)),
      word,
    };
  }

  async function roundDownload(request: DeskDownload, day: string): Promise<DeskFile | null> {
    const view = viewRound(round, checked);
    const options = { asOf: day, ...(round.sender && { sender: round.sender }) };
    if (request.kind === 'letter') {
      const unit = view.units.find((candidate) => candidate.id === request.id);
      if (!unit) return null;
      const [{ roundLetterToDocx }, { DOCX_MIME }] = await Promise.all([
        import('../export/round/docx.ts'),
        import('../export/docx/package.ts'),
      ]);
      const { unitName, planYear } = unit.checked.summary;
      return {
        name: roundLetterFileName(unitName, planYear, unit.file),
        bytes: await roundLetterToDocx(unit, options),
        type: DOCX_MIME,
      };
    }
    if (request.kind === 'summary-docx') {
      const [{ roundSummaryToDocx }, { DOCX_MIME }] = await Promise.all([
        import('../export/round/docx.ts'),
        import('../export/docx/package.ts'),
      ]);
      return {
        name: roundFileName(round.planYear, 'docx'),
        bytes: await roundSummaryToDocx(round, view, options),
        type: DOCX_MIME,
      };
    }
    if (request.kind === 'xlsx') {
      const [{ roundToXlsx }, { roundTaskSource }, { XLSX_MIME }] = await Promise.all([
        import('../export/round/xlsx.ts'),
        import('../export/round/tasks.ts'),
        import('../export/xlsx.ts'),
      ]);
      return {
        name: roundFileName(round.planYear, 'xlsx'),
        bytes: await roundToXlsx(round, view, { ...options, tasks: roundTaskSource(round) }),
        type: XLSX_MIME,
      };
    }
    const { roundSummaryToMarkdown } = await import('../export/round/markdown.ts');
    return {
      name: roundFileName(round.planYear, 'md'),
      bytes: roundSummaryToMarkdown(round, view, options),
      type: 'text/markdown;charset=utf-8',
    };
  }

  function planFile(id: string) {
    const file = round.files.find((candidate) => candidate.id === id);
    return file?.kind === 'plan' ? file : undefined;
  }

  return {
    /** The stored round, if any, read again and checked on `asOf` (today, where the page is). */
    async open({ asOf: day }: { asOf: string }, progress?: Progress): Result<'open'> {
      asOf = day;
      let stored: unknown;
      try {
        stored = await storage.load();
      } catch (error) {
        setStorage({ saving: false, problem: storageProblemMessage(error) });
      }
      if (stored !== undefined) {
        const opened = openStoredRound(stored);
        if (opened.ok) round = opened.round;
        else
          setStorage({
            saving: false,
            problem: `Đợt tổng hợp đã lưu trong trình duyệt không đọc được: ${opened.message}`,
          });
      }
      checked = new Map();
      checkAll(round.files, progress);
      return snapshot();
    },

    /** Files picked, dropped or in a folder: read, each plan checked, the round stored. */
    async stage({ files }: { files: DeskIncoming[] }): Result<'stage'> {
      staged.push(...files);
      return staged.length;
    },

    async receive({ files }: { files: DeskIncoming[] }, progress?: Progress): Result<'receive'> {
      const all = [...staged, ...files];
      staged = [];
      const total = all.length;
      let done = 0;
      const onEach = () => progress?.(++done, total);
      progress?.(0, total);
      const received = await readReceived(all, onEach);
      const before = round.files.length;
      round = addFiles(round, received);
      checkAll(round.files.slice(before));
      saveSoon(RECEIVED_SAVE_DELAY_MS);
      return snapshot();
    },

    /**
     * A setting typed: stored once the typing pauses. Only the year and the deadline change what
     * the table shows; the name and the sender are kept without viewing the round again (a round of
     * 100 plans matched against the province's takes long enough to lag each keystroke).
     */
    async settings(changes: Partial<Omit<RoundSettings, 'roster'>>): Result<'settings'> {
      const before = round;
      round = { ...round, ...changes };
      saveSoon(SETTINGS_SAVE_DELAY_MS);
      const altersView = viewSettings.some((key) => key in changes && changes[key] !== before[key]);
      return altersView ? snapshot() : null;
    },

    async roster({ text }: { text: string }): Result<'roster'> {
      const parsed = parseRoster(text);
      round = { ...round, roster: parsed.units };
      saveSoon();
      return { snapshot: snapshot(), notices: parsed.notices };
    },

    async keep({ key, id }: { key: string; id: string }): Result<'keep'> {
      round = { ...round, kept: { ...round.kept, [key]: id } };
      saveSoon();
      return snapshot();
    },

    async clear(): Result<'clear'> {
      clearTimeout(saveTimer);
      saveTimer = undefined;
      round = emptyRound();
      checked = new Map();
      try {
        await storage.clear();
        setStorage({ saving: false, problem: null });
      } catch (error) {
        setStorage({ saving: false, problem: storageProblemMessage(error) });
      }
      return snapshot();
    },

    async exportRound(): Result<'exportRound'> {
      const words = slugify(round.name).slice(0, 60).replace(/-+$/, '');
      const year = round.planYear === null ? '' : `-${round.planYear}`;
      return {
        name: `tong-hop-ke-hoach-cchc${year}${words ? `-${words}` : ''}.json`,
        text: writeRoundFile(round),
      };
    },

    /** A round file opened in place of the current round; a bad file changes nothing. */
    async importRound(
      { file }: { file: File | Uint8Array },
      progress?: Progress,
    ): Result<'importRound'> {
      const { bytes } = await bytesOf(file);
      const opened = readRoundFile(bytes);
      if (!opened.ok) return opened;
      round = opened.round;
      checked = new Map();
      checkAll(round.files, progress);
      saveSoon();
      return { ok: true, snapshot: snapshot() };
    },

    async detail({ id }: { id: string }): Result<'detail'> {
      return detailOf(viewRound(round, checked), id);
    },

    async download({ asOf: day, ...request }: DeskDownload & { asOf: string }): Result<'download'> {
      return roundDownload(request, day);
    },

    async match({
      id,
      provinceRowId,
      choice,
    }: {
      id: string;
      provinceRowId: string;
      choice: string | null;
    }): Result<'match'> {
      const unit = viewRound(round, checked).units.find((candidate) => candidate.id === id);
      if (unit) {
        const { [provinceRowId]: _previous, ...others } = round.matches?.[unit.key] ?? {};
        const choices = choice === null ? others : { ...others, [provinceRowId]: choice };
        round = { ...round, matches: { ...round.matches, [unit.key]: choices } };
        saveSoon();
      }
      return { snapshot: snapshot(), detail: detailOf(viewRound(round, checked), id) };
    },

    async plan({ id }: { id: string }): Result<'plan'> {
      return planFile(id)?.plan ?? null;
    },

    async shareLink({ id, page }: { id: string; page: string }): Result<'shareLink'> {
      const file = planFile(id);
      if (!file) return null;
      const link = `${page}#/${SHARE_SEGMENT}/${encodePlanForLink(file.plan)}`;
      return link.length > MAX_SHARE_LINK_LENGTH ? { tooLong: link.length } : { link };
    },

    /** Stores what typing in the settings left unsaved (the page is going away). */
    flush: () => (saveTimer === undefined ? Promise.resolve() : save()),
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
