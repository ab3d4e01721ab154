/** How the document names the kinds of unit. */
export const unitTypeLabels = {
  tinh: 'UBND tỉnh',
  so: 'Sở, Ban, ngành',
  huyen: 'UBND huyện, thành phố',
  xa: 'UBND xã, phường',
} as const;
