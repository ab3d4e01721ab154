/**
 * The round model: the Sở Nội vụ's desk without its UI. Files in (`received.ts`), each plan
 * checked (`unit-summary.ts`), the roster matched (`roster.ts`), each unit's plan against the province's own
 * (`province.ts`), the round viewed as one table
 * with its tally and common mistakes (`round.ts`), and kept or moved as one file
 * (`round-file.ts`). Used by the desk's page and worker and by `ke-hoach tong-hop`.
 */
export * from './province.ts';
export * from './received.ts';
export * from './round-file.ts';
export * from './round.ts';
export * from './roster.ts';
export * from './unit-summary.ts';
