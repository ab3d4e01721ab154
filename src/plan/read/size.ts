import { lazyNumberFormat } from '../vi-format.ts';

const formatMegabytesNumber = lazyNumberFormat({ maximumFractionDigits: 1 });

/** "5,2 MB": file sizes in messages, with the Vietnamese decimal comma. */
export function formatMegabytes(bytes: number): string {
  return `${formatMegabytesNumber(bytes / (1024 * 1024))} MB`;
}
