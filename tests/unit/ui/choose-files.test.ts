/** The file drop's choice among dropped files (src/ui/file-drop/choose-files.ts). */
import { describe, expect, it } from 'vitest';
import {
  chooseFiles,
  describeAccept,
  leftOutMessage,
  matchesAccept,
} from '../../../src/ui/file-drop/choose-files.ts';

const file = (name: string, type = '') => ({ name, type });
const plans = [
  file('phong-a.json', 'application/json'),
  file('phong-b.json'),
  file('PHONG-C.JSON'),
];
const word = file(
  'ke-hoach.docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
);
const pdf = file('bao-cao.pdf', 'application/pdf');

describe('matchesAccept', () => {
  it('reads extensions in any case, MIME types and families, as the picker does', () => {
    expect(matchesAccept(file('a.JSON'), '.json')).toBe(true);
    expect(matchesAccept(file('a', 'application/json'), '.json, application/json')).toBe(true);
    expect(matchesAccept(file('a.png', 'image/png'), 'image/*')).toBe(true);
    expect(matchesAccept(file('a.json.txt', 'text/plain'), '.json,application/json')).toBe(false);
    expect(matchesAccept(word, '.docx')).toBe(true);
  });

  it('takes anything when there is no accept list', () => {
    expect(matchesAccept(pdf, undefined)).toBe(true);
    expect(matchesAccept(pdf, ' ')).toBe(true);
  });
});

describe('chooseFiles', () => {
  it('gives every dropped file, in order, when several are wanted and no type is set', () => {
    const dropped = [...plans, word];
    expect(chooseFiles(dropped, { multiple: true })).toEqual({
      taken: dropped,
      refused: [],
      skipped: [],
    });
  });

  it('gives only the accepted types, and names the others', () => {
    const chosen = chooseFiles([plans[0]!, word, plans[1]!, pdf, plans[2]!], {
      accept: '.json,application/json',
      multiple: true,
    });
    expect(chosen.taken).toEqual(plans);
    expect(chosen.refused).toEqual([word, pdf]);
    expect(leftOutMessage(chosen, '.json,application/json')).toBe(
      'Không nhận các tệp “ke-hoach.docx”, “bao-cao.pdf”: ở đây chỉ nhận tệp .json.',
    );
  });

  it('takes nothing from a drop of several files when one is wanted, and says why', () => {
    const chosen = chooseFiles([word, ...plans], { accept: '.json' });
    expect(chosen.taken).toEqual([]);
    expect(chosen.skipped).toEqual(plans);
    expect(leftOutMessage(chosen, '.json')).toBe(
      'Không nhận tệp “ke-hoach.docx”: ở đây chỉ nhận tệp .json. ' +
        'Mỗi lần chỉ nhận một tệp, nên chưa lấy “phong-a.json”, “phong-b.json”, “PHONG-C.JSON”: hãy thả từng tệp một.',
    );
    expect(chooseFiles(plans.slice(0, 2), {}).taken).toEqual([]);
  });

  it('says nothing when it took every file', () => {
    const chosen = chooseFiles([plans[0]!], { accept: '.json' });
    expect(chosen.taken).toEqual([plans[0]]);
    expect(leftOutMessage(chosen, '.json')).toBeNull();
  });

  it('gives nothing, with the reason, when no file is of an accepted type', () => {
    const chosen = chooseFiles([word], { accept: '.json', multiple: true });
    expect(chosen.taken).toEqual([]);
    expect(leftOutMessage(chosen, '.json')).toContain('Không nhận tệp “ke-hoach.docx”');
  });
});

describe('describeAccept', () => {
  it('names the extensions, or the MIME types when there is none', () => {
    expect(describeAccept('.json,application/json')).toBe('.json');
    expect(describeAccept('.docx, .doc')).toBe('.docx, .doc');
    expect(describeAccept('image/*')).toBe('image/*');
  });
});
