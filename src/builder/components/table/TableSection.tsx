/**
 * III. Kế hoạch triển khai, as "add to a list": an overview of the seven areas with totals, then
 * per area a summary table with the outline's columns and a form for one row at a time.
 */
import { useStore } from '@nanostores/preact';
import { fullAreaOf } from '../../../outline/areas.ts';
import { templateOf, type AreaId } from '../../../plan/templates.ts';
import { $plan } from '../../stores/editor.ts';
import { SectionFindings } from '../../../ui/findings/SectionFindings.tsx';
import { SectionForm } from '../SectionForm.tsx';

import { AreaRows } from './AreaRows.tsx';
import { AreasOverview } from './AreasOverview.tsx';
import { RowForm } from './RowForm.tsx';

export function TableSection({ areaId, rowId }: { areaId?: AreaId; rowId?: string }) {
  const plan = useStore($plan);
  const area = plan && areaId ? fullAreaOf(templateOf(plan).id, areaId) : undefined;
  return (
    <SectionForm>
      {area && rowId ? (
        <RowForm area={area} rowId={rowId} />
      ) : area ? (
        <AreaRows area={area} />
      ) : (
        <>
          <SectionFindings path="rows" />
          <AreasOverview />
        </>
      )}
    </SectionForm>
  );
}
