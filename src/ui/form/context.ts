/**
 * What a form's fields read from the island around them rather than from its stores: whether
 * the form can be changed, and the checker's findings each field shows. The builder fills it from
 * its stores; another island fills it from its own, and the fields do not change.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Finding } from '../../plan/rules/types.ts';

export interface FormState {
  readOnly: boolean;
  /**
   * The findings a field (or a block) of this data path shows: about the field itself or a part
   * of it (`objectives` has those of `objectives[0]`; `rows[2].to` those of `rows[2].to.year`).
   */
  findingsAt(path: string): readonly Finding[];
}

const none: readonly Finding[] = [];

export const FormContext = createContext<FormState>({ readOnly: false, findingsAt: () => none });

export const useFormState = (): FormState => useContext(FormContext);
