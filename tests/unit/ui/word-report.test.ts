/**
 * The Word reader's report is shown by one component (src/ui/word-report/) in every island: the
 * builder's preview and the desk's unit view use it, and no island draws its own groups (the
 * desk may not import the builder's, src/desk/boundaries.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const component = 'ui/word-report/WordReport.tsx';
const users = [
  'builder/components/draft-list/WordImportPreview.tsx',
  'desk/components/UnitView.tsx',
];

const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => file.split('\\').join('/'));

it('the builder’s Word preview and the desk’s unit view both show the shared report', () => {
  for (const file of users) {
    expect(readFileSync(join(src, file), 'utf8'), file).toMatch(
      /import \{ WordReport \} from '(\.\.\/)+ui\/word-report\/WordReport\.tsx';/,
    );
  }
});

it('no other file draws the report’s groups', () => {
  const drawing = sources.filter((file) =>
    /word-report-group/.test(readFileSync(join(src, file), 'utf8')),
  );
  expect(drawing.map((file) => relative('.', file))).toEqual([component]);
});
