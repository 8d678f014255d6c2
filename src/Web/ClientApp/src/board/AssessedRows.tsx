import { t, type MessageKey } from '../shared/i18n';
import type { LeaderboardRow, PartResult } from '../shared/types';
import { score } from './score';

const resultKey: Record<PartResult, MessageKey | null> = { Pass: 'partPass', Fail: 'partFail', Pending: 'partPending', Absent: 'absent', NotAssessed: null };

function Part({ result, value }: { result: PartResult; value?: number | null }) {
  const key = resultKey[result];
  return (
    <>
      {value !== undefined && result !== 'Absent' && result !== 'NotAssessed' && `${score(value)} `}
      {key && <span class={`part ${result}`} data-result={result}>{t(key)}</span>}
    </>
  );
}

/**
 * An assessment's rows (技能等级认定): nobody is ranked or awarded, so each candidate shows each part's score with
 * 通过/未通过, and the overall result with the level certified: a failed part reads as failed, not as a low total.
 */
export function AssessedRows({ rows, limit, compact }: { rows: LeaderboardRow[]; limit?: number; compact?: boolean }) {
  return (
    <table class={`ranking ${compact ? 'compact' : ''}`} data-testid="assessment">
      <thead>
        <tr>
          <th>{t('name')}</th>
          <th class="wide">{t('organisation')}</th>
          <th>{t('theory')}</th>
          <th>{t('practical')}</th>
          <th>{t('assessmentResult')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, limit ?? rows.length).map((row) => {
          const assessment = row.assessment!;
          return (
            <tr key={row.key} class={row.absent ? 'absent' : ''} data-row={row.key} data-name={row.name}>
              <td class="name">{row.name}</td>
              <td class="wide">{row.organisation}</td>
              <td data-testid="theory-result"><Part result={assessment.theory} value={row.theory} /></td>
              <td data-testid="practical-result"><Part result={assessment.practical} value={row.practical} /></td>
              <td class="total" data-testid="overall-result">
                <Part result={assessment.overall} />
                {assessment.levelCertified && <small class="promotion"> {assessment.levelCertified}</small>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
