import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyProblems } from '../../../src/integrations/content-security-policy.ts';

const script = "document.documentElement.dataset.x = 'on';";
const style = 'astro-island{display:contents}';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (extra = '') =>
  `default-src 'self'; script-src 'self' ${hash(script)}${extra}; style-src 'self' ${hash(style)}`;

function page({ head = '', body = '', csp = policy() } = {}): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}">${head}</head><body>${body}</body></html>`;
}

describe('policyProblems', () => {
  it('accepts inline scripts and styles whose hashes the policy lists', () => {
    const html = page({
      head: `<style>${style}</style><script>${script}</script><link rel="stylesheet" href="/a.css">`,
      body: `<script type="module" src="/a.js"></script><script type="application/json">{"a":1}</script>`,
    });
    expect(policyProblems(html)).toEqual([]);
  });

  it('finds an inline script or style the policy has no hash for', () => {
    const html = page({ head: `<script>${script} </script><style>${style};</style>` });
    expect(policyProblems(html)).toEqual([
      expect.stringMatching(/^inline <script>.*no hash in script-src$/),
      expect.stringMatching(/^inline <style>.*no hash in style-src$/),
    ]);
  });

  it('reads hashes from script-src-elem when the policy has it', () => {
    const csp = `script-src 'self' ${hash(script)}; script-src-elem 'self'`;
    expect(policyProblems(page({ csp, head: `<script>${script}</script>` }))).toHaveLength(1);
  });

  it('refuses style and event-handler attributes and javascript: URLs', () => {
    const html = page({
      body: `<p style="color:red">a</p><img src="/a.svg" alt="" onerror="x()"><a href=" JavaScript:alert(1)">b</a>`,
    });
    expect(policyProblems(html)).toEqual([
      '<p style="color:red">',
      '<img onError> event-handler attribute',
      '<a href=" JavaScript:alert(1)">',
    ]);
  });

  it("refuses a policy that allows 'unsafe-inline' or 'unsafe-eval'", () => {
    for (const weak of [" 'unsafe-inline'", " 'unsafe-eval'"])
      expect(policyProblems(page({ csp: policy(weak) }))).toEqual([
        expect.stringMatching(/^the policy allows /),
      ]);
  });

  it('refuses a page without the policy, or with code before it', () => {
    expect(policyProblems('<!doctype html><html><head></head><body></body></html>')).toEqual([
      '0 Content-Security-Policy meta elements, not 1',
    ]);
    const late = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><meta http-equiv="Content-Security-Policy" content="${policy()}"></head></html>`;
    expect(policyProblems(late)).toEqual(['<link> comes before the policy']);
  });
});
