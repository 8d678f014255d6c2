import { t } from '../shared/i18n';
import type { Schemas } from '../shared/types';
import { numberInput } from './numberInput';

type Assessment = Schemas['AssessmentDefinition'];

// The national skill levels by grade and name (SkillLevels.cs); the value sent is the name.
const levels = [
  ['五级', '初级工'],
  ['四级', '中级工'],
  ['三级', '高级工'],
  ['二级', '技师'],
  ['一级', '高级技师'],
] as const;

const defaultAssessment: Assessment = { level: '中级工', theoryPassMark: 60, practicalPassMark: 60 };

/** Whether the event is a skill-level assessment, and if so its pass marks and the level it certifies. */
export function AssessmentEditor({ assessment, onChange }: { assessment: Assessment | null; onChange: (assessment: Assessment | null) => void }) {
  return (
    <fieldset data-testid="assessment-settings">
      <label class="check">
        <input type="checkbox" name="isAssessment" checked={assessment !== null} onChange={(e) => onChange(e.currentTarget.checked ? defaultAssessment : null)} />{' '}
        {t('isAssessment')}
      </label>
      {assessment && (
        <>
          <label>
            {t('assessedLevel')}
            <select name="assessedLevel" value={assessment.level} onChange={(e) => onChange({ ...assessment, level: e.currentTarget.value })}>
              {levels.map(([grade, name]) => (
                <option key={name} value={name}>
                  {grade}/{name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('theoryPassMark')}{' '}
            <input type="number" min="0" max="100" step="any" name="theoryPassMark" value={assessment.theoryPassMark} onInput={(e) => onChange({ ...assessment, theoryPassMark: numberInput(e) })} />
          </label>
          <label>
            {t('practicalPassMark')}{' '}
            <input type="number" min="0" max="100" step="any" name="practicalPassMark" value={assessment.practicalPassMark} onInput={(e) => onChange({ ...assessment, practicalPassMark: numberInput(e) })} />
          </label>
        </>
      )}
    </fieldset>
  );
}
