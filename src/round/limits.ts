/**
 * The round's size limit on its own, without the readers it comes with in received.ts: the page
 * reads it to bound a dropped folder without loading the model on its main thread.
 */

/** A national roll-up is about 2,000 plans (issue 12); past this a round is refused. */
export const MAX_ROUND_FILES = 2000;
