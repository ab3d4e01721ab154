import { describe, expect, it } from 'vitest';
import {
  boundQuery,
  buildExcerpt,
  exactMatchScore,
  MAX_QUERY_CHARS,
  MAX_QUERY_WORDS,
} from '../../../src/search/excerpt.ts';

const text =
  'Các nhiệm vụ phải gắn với trách nhiệm của từng cơ quan, đơn vị trực thuộc. ' +
  'Thời gian thực hiện Kinh phí dự kiến (VNĐ) Ghi chú. Phổ biến rộng rãi trong nhân dân.';

describe('buildExcerpt', () => {
  it('marks words typed without accents, including đ', () => {
    const { html } = buildExcerpt(text, 'don vi');
    expect(html).toContain('<mark>đơn</mark> <mark>vị</mark>');
  });

  it('centres on the place where most query words meet', () => {
    const { html, anchorText } = buildExcerpt(text, 'kinh phi du kien');
    expect(html).toContain('<mark>Kinh</mark> <mark>phí</mark> <mark>dự</mark> <mark>kiến</mark>');
    expect(anchorText).toBe('Kinh phí dự kiến');
  });

  it('matches only the last word as a prefix, since only it may be half typed', () => {
    expect(buildExcerpt(text, 'kinh phi du kie').html).toContain('<mark>kiến</mark>');
    expect(buildExcerpt('được giao', 'du giao').html).not.toContain('<mark>được</mark>');
  });

  it('escapes the page text', () => {
    expect(buildExcerpt('a <b> & "c" đơn vị', 'don').html).toBe(
      'a &#60;b&#62; &#38; &#34;c&#34; <mark>đơn</mark> vị',
    );
  });

  it('falls back to the opening words when nothing matches', () => {
    expect(buildExcerpt(text, 'xyz').html.startsWith('Các nhiệm vụ')).toBe(true);
  });
});

describe('exactMatchScore', () => {
  it('is zero for unaccented queries, so Pagefind keeps its order', () => {
    expect(exactMatchScore(text, 'pho bien')).toBe(0);
  });

  it('prefers pages with the accents as typed', () => {
    expect(exactMatchScore('Phổ biến rộng rãi', 'phổ biến')).toBeGreaterThan(
      exactMatchScore('phó ban, biên chế', 'phổ biến'),
    );
  });
});

describe('boundQuery', () => {
  it('keeps an ordinary query as it is', () => {
    expect(boundQuery('  một cửa liên thông ')).toEqual({
      text: 'một cửa liên thông',
      shortened: false,
    });
  });

  it('drops repeated words without calling the query shortened', () => {
    expect(boundQuery('don vi Don vi don')).toEqual({ text: 'don vi', shortened: false });
  });

  it(`keeps the first ${MAX_QUERY_WORDS} distinct words`, () => {
    const words = Array.from({ length: 2000 }, (_, i) => `tu${i % 50}`);
    const { text, shortened } = boundQuery(words.join(' '));
    expect(text).toBe(words.slice(0, MAX_QUERY_WORDS).join(' '));
    expect(shortened).toBe(true);
  });

  it(`cuts at ${MAX_QUERY_CHARS} characters, between words`, () => {
    const long = 'a'.repeat(MAX_QUERY_CHARS - 3) + ' cải cách';
    expect(boundQuery(long)).toEqual({ text: 'a'.repeat(MAX_QUERY_CHARS - 3), shortened: true });
    expect(boundQuery('x'.repeat(1_000_000)).text).toBe('');
    expect(boundQuery('😀'.repeat(MAX_QUERY_CHARS)).text).toBe('');
  });
});
