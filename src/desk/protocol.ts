/**
 * What the desk's page and its worker say to each other. The worker owns the round (the plans,
 * their checks, IndexedDB); the page holds only what it shows: the settings, one light row per
 * unit, the tally. A unit's findings and its plan cross over only when the reviewer opens it.
 */
import type { IncomingFile } from '../round/received.ts';
import type { ImportReport } from '../import/docx/report.ts';
import type { CommonMistake, RoundSettings, RoundTally } from '../round/round.ts';
import type { CheckedPlan, UnitSummary } from '../round/unit-summary.ts';
import type { Finding } from '../plan/rules/types.ts';
import type { Plan } from '../plan/schema.ts';
import type { NamedFile } from './folder-entries.ts';

/** One row of the units table, flattened for the page: labels already in Vietnamese. */
export interface DeskUnit {
  id: string;
  file: string;
  /** The unit's match key: duplicates share it, and "Giữ bản này" names it. */
  key: string;
  summary: UnitSummary;
  unitTypeLabel: string;
  templateTitle: string;
  /** The unit's name folded (no accents, đ → d, lower case), for the search box. */
  folded: string;
  rosterName: string | null;
  onTime: boolean | null;
  otherYear: boolean;
  sameUnit: string[];
  kept: boolean;
  /** The plan was read from a Word file (its report comes with the unit's detail). */
  fromWord: boolean;
}

export interface DeskUnreadable {
  id: string;
  file: string;
  message: string;
}

/** Everything the page shows of the round, sent after each change. */
export interface DeskSnapshot {
  settings: RoundSettings;
  units: DeskUnit[];
  unreadable: DeskUnreadable[];
  missing: string[];
  tally: RoundTally;
  mistakes: CommonMistake[];
  province: DeskProvince | null;
}

/**
 * How the round's keeping in the browser goes: a change is stored after the page has been
 * answered (the table does not wait for IndexedDB), and the page says so until it is done.
 */
export interface DeskStorageState {
  saving: boolean;
  /** Why the round is not being kept in this browser; null while it is. */
  problem: string | null;
}

/** The file of the round that is the province's own plan, which the units are checked against. */
export interface DeskProvince {
  id: string;
  file: string;
  unitName: string;
}

/** One of the unit's tasks, as a "Khớp với…" choice names it. */
export interface DeskTask {
  rowId: string;
  /** Its line in the unit's table, from 1. */
  position: number;
  text: string;
}

/** A province task given to the unit, with the unit's task that carries it out. */
export interface DeskProvinceMatch {
  provinceRowId: string;
  /** Its line in the province's table, from 1. */
  position: number;
  text: string;
  role: 'lead' | 'coordinating';
  match: DeskTask | null;
  /** The reviewer's choice: a unit's row id, '' for "không có", undefined when proposed. */
  choice: string | undefined;
}

export interface UnitDetail {
  unit: DeskUnit;
  /** The checker's findings, then those of the province check. */
  findings: Finding[];
  /** Against the province's plan, when the round has one and this plan is kept. */
  province: { file: string; unitName: string; matches: DeskProvinceMatch[] } | null;
  /** The unit's tasks, for the "Khớp với…" choices (only when `province` is given). */
  tasks: DeskTask[];
  /**
   * For a plan read from a Word file: the reader's report of what it did not fully understand,
   * and how many of its items the round did not keep (see round/word-source.ts).
   */
  word: { report: ImportReport; omitted: number } | null;
}

/** The files the desk writes out of the round (src/export/round/). */
export type DeskDownload =
  { kind: 'summary-docx' | 'summary-md' | 'xlsx' } | { kind: 'letter'; id: string };

export interface DeskFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer> | string;
  type: string;
}

/** A share link to the builder, or how long it would be when too long to open (see plan/share.ts). */
export type DeskShareLink = { link: string } | { tooLong: number };

/** A file as the page hands it over: picked, from a dropped folder, or already read (tests). */
export type DeskIncoming = File | IncomingFile | NamedFile;

/** The requests the worker answers, each with what it answers. */
export interface DeskRequests {
  open: { params: { asOf: string }; result: DeskSnapshot };
  /**
   * Files handed over ahead of the `receive` that reads them: a pick of 100 files posted at once
   * holds the page for a good part of a second (each file is copied into the message).
   */
  stage: { params: { files: DeskIncoming[] }; result: number };
  /** Reads the files staged before, then these. */
  receive: { params: { files: DeskIncoming[] }; result: DeskSnapshot };
  /** null when the change cannot alter the table (the name, the sender): nothing to draw. */
  settings: { params: Partial<Omit<RoundSettings, 'roster'>>; result: DeskSnapshot | null };
  roster: { params: { text: string }; result: { snapshot: DeskSnapshot; notices: string[] } };
  keep: { params: { key: string; id: string }; result: DeskSnapshot };
  clear: { params: Record<string, never>; result: DeskSnapshot };
  exportRound: { params: Record<string, never>; result: { name: string; text: string } };
  importRound: {
    params: { file: File | Uint8Array };
    result: { ok: true; snapshot: DeskSnapshot } | { ok: false; message: string };
  };
  detail: { params: { id: string }; result: UnitDetail | null };
  plan: { params: { id: string }; result: Plan | null };
  shareLink: { params: { id: string; page: string }; result: DeskShareLink | null };
  /** A file of the round, made on `asOf` (today where the page is); null when the unit is gone. */
  download: { params: DeskDownload & { asOf: string }; result: DeskFile | null };
  /**
   * The reviewer's match of a province task for the unit of plan `id`: a unit's row id, '' for
   * "không có", or null to go back to the proposal. Answers with the unit's view again.
   */
  match: {
    params: { id: string; provinceRowId: string; choice: string | null };
    result: { snapshot: DeskSnapshot; detail: UnitDetail | null };
  };
}

export type DeskRequestName = keyof DeskRequests;

export type DeskMessage = {
  [K in DeskRequestName]: { id: number; name: K; params: DeskRequests[K]['params'] };
}[DeskRequestName];

export type DeskReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string }
  /** Sent while files are read: `done` of `total` files so far. */
  | { id: number; progress: { done: number; total: number } }
  /** Sent unasked (id 0) whenever the storage state changes. */
  | { id: 0; storage: DeskStorageState };

export type { CheckedPlan };
