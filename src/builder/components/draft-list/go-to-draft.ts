/** Shows a draft the list just made or opened; nothing when it could not be made. */
import { navigate } from '../../navigation.ts';

export function goToDraft(id: string | undefined): void {
  if (id) navigate({ draftId: id });
}
