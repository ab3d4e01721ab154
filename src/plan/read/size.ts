/** "5,2 MB": file sizes in messages, with the Vietnamese decimal comma. */
const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(bytes / (1024 * 1024))} MB`;
}
