// Issue 6: how long a share link is for a 40-row plan (fflate + base64url in the "#" part).
import { readFileSync } from 'node:fs';
import { encodePlanForLink, MAX_SHARE_LINK_LENGTH } from '../../src/plan/share.ts';

const example = JSON.parse(readFileSync('content/examples/so-noi-vu-tinh-mau-2013.json', 'utf8'));
const rows = Array.from({ length: 40 }, (_, i) => ({
  ...example.rows[i % example.rows.length],
  id: `r-${i}`,
  specificTask: `${example.rows[i % example.rows.length].specificTask} (${i + 1})`,
}));
const prefix = 'https://cchc.example.org/ke-hoach/#/chia-se/';
const length = prefix.length + encodePlanForLink({ ...example, rows }).length;
const ok = length <= MAX_SHARE_LINK_LENGTH;
console.log(
  `share: 40-row plan link: ${length} characters (limit ${MAX_SHARE_LINK_LENGTH}) ${ok ? 'ok' : 'OVER'}`,
);
process.exit(ok ? 0 : 1);
