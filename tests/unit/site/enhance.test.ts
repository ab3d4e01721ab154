import { describe, expect, it } from 'vitest';
import { enhanceProse } from '../../../src/prose/enhance.ts';

const terms = [
  { id: 'tthc', matches: ['thủ tục hành chính'] },
  { id: 'mot-cua', matches: ['cơ chế một cửa'] },
  { id: 'mot-cua-lien-thong', matches: ['một cửa liên thông'] },
  { id: 'cchc', matches: ['CCHC'] },
];
const enhance = (html: string) =>
  enhanceProse(html, { terms, termHref: (id) => `/thuat-ngu/#${id}` });

describe('anchors', () => {
  it('numbers ids from the document, not from wording', () => {
    const { html, toc } = enhance(
      '<h2>I. Công tác xây dựng</h2><h3>1. Mục tiêu</h3><h3>2. Nhiệm vụ</h3><p>3. Các địa phương</p>' +
        '<h2>II. Kiểm tra</h2><h3>1. Nội dung</h3><h2>Phụ lục</h2>',
    );
    expect(toc.map((entry) => entry.id)).toEqual(['i', 'i-1', 'i-2', 'ii', 'ii-1', 'phu-luc']);
    expect(html).toContain('<p id="i-3" class="has-anchor">3. Các địa phương');
  });

  it('keeps explicit ids of paragraphs and gives every anchor a copy-link', () => {
    const { html } = enhance(
      '<h2>I. A</h2><p id="thoi-han">Chậm nhất 31 tháng 12.</p><p>Văn bản.</p>',
    );
    expect(html).toContain('href="#thoi-han"');
    expect(html).toContain('href="#i"');
    expect(html.match(/class="anchor-link"/g)).toHaveLength(2);
  });

  it('puts the copy-link beside a heading, so the heading keeps its own name', () => {
    const { html } = enhance('<h2>I. Mục tiêu</h2>');
    expect(html).toMatch(/<div class="heading-wrapper level-2"><h2 id="i">I. Mục tiêu<\/h2><a /);
  });

  it('makes repeated ids unique', () => {
    const { toc } = enhance('<h2>Ghi chú</h2><h2>Ghi chú</h2>');
    expect(toc.map((entry) => entry.id)).toEqual(['ghi-chu', 'ghi-chu-2']);
  });
});

describe('glossary links', () => {
  it('links only the first occurrence of each term', () => {
    const { html } = enhance(
      '<p>Rà soát thủ tục hành chính.</p><p>Công khai thủ tục hành chính.</p>',
    );
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain('<a class="term" href="/thuat-ngu/#tthc">thủ tục hành chính</a>.</p>');
  });

  it('prefers the longer term where two start at the same place', () => {
    const { html } = enhance('<p>Thực hiện cơ chế một cửa, cơ chế một cửa liên thông.</p>');
    expect(html).toContain('<a class="term" href="/thuat-ngu/#mot-cua">cơ chế một cửa</a>,');
    expect(html).toContain(
      '<a class="term" href="/thuat-ngu/#mot-cua-lien-thong">một cửa liên thông</a>',
    );
  });

  it('leaves headings, links, document symbols and marked blocks alone', () => {
    const { html } = enhance(
      '<h2>II. Thủ tục</h2><h3>1. thủ tục hành chính</h3><p>Công văn 219/SNV-CCHC &amp;ĐT.</p>' +
        '<div data-no-terms><p>CCHC</p></div><p><a href="/x">thủ tục hành chính</a> và CCHC.</p>',
    );
    expect(html).not.toContain('#tthc');
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain('và <a class="term" href="/thuat-ngu/#cchc">CCHC</a>.');
  });
});
