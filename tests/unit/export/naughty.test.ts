/**
 * The Big List of Naughty Strings in every text field of a plan: the Word, Excel and Markdown
 * files stay well-formed (every zip entry's CRC, every XML part parses, only characters XML
 * allows; Markdown tables keep their columns and no raw HTML gets through).
 */
import { crc32 } from 'node:zlib';
import sax from 'sax';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { planToMarkdown } from '../../../src/export/markdown.ts';
import { planToXlsx } from '../../../src/export/xlsx.ts';
import { reportToDocx } from '../../../src/export/report/docx.ts';
import { reportToMarkdown } from '../../../src/export/report/markdown.ts';
import { reportToXlsx } from '../../../src/export/report/xlsx.ts';
import { readPlanValue, taskStatuses, type Plan } from '../../../src/plan/index.ts';
import { roundLetterToDocx, roundSummaryToDocx } from '../../../src/export/round/docx.ts';
import { roundSummaryToMarkdown } from '../../../src/export/round/markdown.ts';
import { planTasks } from '../../../src/export/round/tasks.ts';
import { roundToXlsx } from '../../../src/export/round/xlsx.ts';
import { checkReceivedPlan, viewRound } from '../../../src/round/index.ts';
import { naughtyPlans, naughtyStrings } from '../../fixtures/naughty-plans.ts';

// Each string in every field: one plan per string of the corpus, for the reader and Markdown.
const plans = naughtyPlans(1);
// Word and Excel take longer to make: each string in 8 fields spread over the plan (54 plans).
const officePlans = naughtyPlans(9);

/**
 * The plan with its rows in every state, so that a report says every text of their progress
 * somewhere: a result, the evidence, a note or a reason.
 */
function inEveryState(plan: Plan): Plan {
  const copy = structuredClone(plan);
  copy.rows.forEach((row, index) => {
    if (!row.progress) return;
    row.progress.status = taskStatuses[index % taskStatuses.length]!;
    row.progress.completedOn = row.progress.status === 'done' ? '2013-03' : null;
  });
  return copy;
}

/** What is wrong with a zip file: an entry whose bytes do not match its CRC-32, or none. */
function zipProblems(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return ['no end of central directory'];
  const entries = unzipSync(zip);
  const problems: string[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (view.getUint32(at, true) !== 0x02014b50) return [...problems, 'broken central directory'];
    const crc = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const data = entries[name];
    if (!data) problems.push(`${name}: missing`);
    else if (crc32(data) !== crc) problems.push(`${name}: CRC does not match`);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return problems;
}

// XML 1.0's Char production: no C0 controls but tab and newlines, no lone surrogates, no FFFE/FFFF.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const isXmlChar = (code: number) =>
  code === 9 ||
  code === 10 ||
  code === 13 ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** What is wrong with an XML part, or nothing: sax in strict mode, plus XML's character rules. */
function xmlProblems(name: string, xml: string): string[] {
  const problems: string[] = [];
  const bad = notXmlChar.exec(xml);
  if (bad) problems.push(`${name}: U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML`);
  for (const [, hex, dec] of xml.matchAll(/&#(?:x([0-9a-f]+)|([0-9]+));/gi)) {
    const code = hex === undefined ? Number(dec) : parseInt(hex, 16);
    if (!isXmlChar(code)) problems.push(`${name}: &#${hex ? `x${hex}` : dec}; is not allowed`);
  }
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    problems.push(`${name}: ${error.message.split('\n')[0]}`);
    (parser as { error: Error | null }).error = null;
    parser.resume();
  };
  parser.write(xml).close();
  return problems;
}

function officeProblems(file: Uint8Array): string[] {
  const problems = zipProblems(file);
  for (const [name, data] of Object.entries(unzipSync(file))) {
    if (/\.(xml|rels)$/.test(name)) {
      problems.push(...xmlProblems(name, new TextDecoder('utf-8', { fatal: true }).decode(data)));
    }
  }
  return problems;
}

/** Markdown tables keep one cell per column, and only the exporter's own `<br>` is raw HTML. */
function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  const cells = (line: string) => line.replace(/\\./g, '').split('|').length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\|/.test(line) && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) {
      for (let j = i + 1; (lines[j] ?? '').startsWith('|'); j++) {
        if (cells(lines[j]!) !== cells(line))
          problems.push(`table row breaks its columns: ${lines[j]}`);
      }
    }
    const raw = line.replace(/\\./g, '').replace(/<br>/g, '');
    if (raw.includes('<')) problems.push(`raw HTML: ${line}`);
  }
  return problems;
}

describe('the checks themselves', () => {
  it('catch a control character, a stray tag, a bad CRC, a broken table and raw HTML', async () => {
    expect(xmlProblems('a.xml', '<a>\u0001</a>')).not.toEqual([]);
    expect(xmlProblems('a.xml', '<a>&#x1;</a>')).not.toEqual([]);
    expect(xmlProblems('a.xml', '<a><b></a>')).not.toEqual([]);
    const docx = await planToDocx(plans[0]!.plan);
    expect(officeProblems(docx)).toEqual([]);
    // A stored entry's first data byte, changed: [Content_Types].xml is the first, uncompressed or not.
    const damaged = docx.slice();
    const nameLength = new DataView(damaged.buffer).getUint16(26, true);
    damaged[30 + nameLength + new DataView(damaged.buffer).getUint16(28, true)]! ^= 0xff;
    let found: string[];
    try {
      found = officeProblems(damaged);
    } catch {
      found = ['fflate cannot inflate it']; // damaged too
    }
    expect(found).not.toEqual([]);
    expect(markdownProblems('| a | b |\n| --- | --- |\n| x | y | z |')).not.toEqual([]);
    expect(markdownProblems('<img src=x onerror=alert(1)>')).not.toEqual([]);
  });
});

describe('every naughty string in every text field', () => {
  it('covers the whole corpus and every field', () => {
    expect(naughtyStrings.length).toBeGreaterThan(400);
    expect(plans).toHaveLength(naughtyStrings.length);
    expect(plans[0]!.slots.length).toBeGreaterThan(60);
  });

  it('makes plans the reader accepts', () => {
    for (const { plan } of plans) expect(readPlanValue(plan).ok).toBe(true);
  });

  it('gives Markdown whose tables hold and which carries no raw HTML', () => {
    const problems = new Set<string>();
    for (const { plan } of plans)
      for (const p of markdownProblems(planToMarkdown(plan))) problems.add(p);
    expect([...problems]).toEqual([]);
  });

  it('gives reports in Markdown whose tables hold and which carry no raw HTML', () => {
    const problems = new Set<string>();
    for (const { plan } of plans) {
      for (const p of markdownProblems(reportToMarkdown(inEveryState(plan), 'quy-3'))) {
        problems.add(p);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('puts the progress and the report’s own texts in the reports', () => {
    const { plan, slots } = plans[0]!;
    expect(slots.some((slot) => slot.path.endsWith('progress.result'))).toBe(true);
    expect(slots.some((slot) => slot.path === 'reporting.reports.quy-3.proposals')).toBe(true);
    const marked = inEveryState(plan);
    marked.rows[0]!.progress!.result = 'KẾT-QUẢ-MẪU';
    marked.reporting!.reports['quy-3']!.proposals = 'ĐỀ-XUẤT-MẪU';
    const markdown = reportToMarkdown(marked, 'quy-3');
    expect(markdown).toContain('KẾT-QUẢ-MẪU');
    expect(markdown).toContain('ĐỀ-XUẤT-MẪU');
  });

  it('gives Word and Excel reports whose zips and XML are well-formed', async () => {
    const problems = new Set<string>();
    for (const { plan } of officePlans) {
      const tracked = inEveryState(plan);
      for (const p of officeProblems(await reportToDocx(tracked, 'quy-3'))) problems.add(p);
      for (const p of officeProblems(await reportToXlsx(tracked, 'quy-3'))) problems.add(p);
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });

  it('gives Word files whose zips and XML are well-formed', async () => {
    const problems = new Set<string>();
    for (const { plan } of officePlans) {
      for (const p of officeProblems(await planToDocx(plan))) problems.add(p);
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });

  it('gives Excel files whose zips and XML are well-formed', async () => {
    const problems = new Set<string>();
    for (const { plan } of officePlans) {
      for (const p of officeProblems(await planToXlsx(plan))) problems.add(p);
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });
});

describe('every naughty string in a round’s unit names and findings', () => {
  // Each plan a unit named by a naughty string, its other fields holding more of them: the
  // checker quotes unit names and texts in its findings, which the summary and letters repeat.
  const round = officePlans.map(({ plan }, index) => {
    const named = structuredClone(plan);
    named.unit.name = (naughtyStrings[index * 7] ?? '').slice(0, 300) || `Đơn vị ${index}`;
    return named;
  });
  const checked = new Map(
    round.map((plan, index) => [`f${index + 1}`, checkReceivedPlan(plan, '2013-09-14')]),
  );
  const settings = {
    name: naughtyStrings[3]!,
    planYear: 2013,
    deadline: '2012-12-26',
    roster: naughtyStrings.slice(0, 30).filter((line) => line.trim() !== '' && line.length < 300),
  };
  const view = viewRound(
    {
      ...settings,
      kept: {},
      files: [
        ...round.map((_, index) => ({
          kind: 'plan' as const,
          id: `f${index + 1}`,
          file: naughtyStrings[index * 5] ?? '',
        })),
        { kind: 'unreadable', id: 'bad', file: naughtyStrings[11]!, message: naughtyStrings[12]! },
      ],
    },
    checked,
  );
  const options = { asOf: '2013-09-14', sender: { name: naughtyStrings[9]!, province: '<b>&' } };

  it('gives a summary, a workbook and letters whose zips and XML are well-formed', async () => {
    const problems = new Set<string>();
    for (const p of officeProblems(await roundSummaryToDocx(settings, view, options))) {
      problems.add(p);
    }
    const tasks = new Map(round.map((plan, index) => [`f${index + 1}`, planTasks(plan)]));
    const workbook = await roundToXlsx(settings, view, {
      ...options,
      tasks: (unit) => tasks.get(unit.id) ?? [],
    });
    for (const p of officeProblems(workbook)) problems.add(p);
    const busiest = [...view.units]
      .sort((a, b) => b.checked.findings.length - a.checked.findings.length)
      .slice(0, 8);
    expect(busiest[0]!.checked.findings.length).toBeGreaterThan(0);
    for (const unit of busiest) {
      for (const p of officeProblems(await roundLetterToDocx(unit, options))) problems.add(p);
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });

  it('gives a summary in Markdown whose tables hold and which carries no raw HTML', () => {
    expect(markdownProblems(roundSummaryToMarkdown(settings, view, options)).slice(0, 10)).toEqual(
      [],
    );
  });
});
