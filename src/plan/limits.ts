/**
 * The plan's limits that pages check as the user types (a year, a name's length), on their own:
 * importing them from schema.ts would bring zod into a page's start-up script (about 9 kB gzip on
 * the desk) for three numbers. schema.ts re-exports them.
 */

/** Years a plan can be for; the reform programmes run from 2001, and 2100 catches typos. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A name or a code: a unit, a person, a place, a document's number and symbol. */
export const MAX_NAME_LENGTH = 300;
