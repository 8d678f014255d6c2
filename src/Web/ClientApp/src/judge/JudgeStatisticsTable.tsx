import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { refusal, t } from '../shared/i18n';
import type { JudgeStatisticsLine } from '../shared/types';

/** Each read folds the event's whole ledger on the server, so a burst of marks brings one read, not one per mark. */
const refreshEvery = 3000;

const figure = (value: number | null) => (value == null ? '—' : value.toFixed(2));

/**
 * Every judge's marking statistics for the chief judge, read again after the live board changes (`changed` is the
 * board's epoch and version), at most every few seconds.
 */
export function JudgeStatisticsTable({ contestId, eventCode, token, changed }: { contestId: string; eventCode: string; token: string; changed: string }) {
  const [lines, setLines] = useState<JudgeStatisticsLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastRead = useRef(0);

  useEffect(() => {
    let superseded = false;
    const timer = window.setTimeout(async () => {
      lastRead.current = Date.now();
      try {
        const fresh = await request<JudgeStatisticsLine[]>('GET', `/api/contests/${contestId}/events/${eventCode}/judge-statistics`, token);
        if (!superseded) {
          setLines(fresh);
          setError(null);
        }
      } catch (e) {
        if (!superseded) {
          setError(e instanceof ApiError ? refusal(e.problem) : String(e));
        }
      }
    }, Math.max(0, lastRead.current + refreshEvery - Date.now()));
    return () => {
      superseded = true;
      window.clearTimeout(timer);
    };
  }, [contestId, eventCode, token, changed]);

  return (
    <section>
      <h3>{t('judgeStatistics')}</h3>
      <p class="hint">{t('judgeStatisticsHint')}</p>
      {error && <p class="error">{error}</p>}
      {!lines ? (
        <p>{t('loading')}</p>
      ) : (
        <table data-testid="judge-statistics">
          <thead>
            <tr>
              <th>{t('judge')}</th>
              <th>{t('statMarks')}</th>
              <th>{t('statCompared')}</th>
              <th>{t('statMeanDeviation')}</th>
              <th>{t('statMeanAbsoluteDeviation')}</th>
              <th>{t('statSpreadCaused')}</th>
              <th>{t('statRemarks')}</th>
              <th>{t('statCorrections')}</th>
              <th>{t('statCorrectionsAfterPublication')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.judgeId} data-judge={line.judgeId}>
                <td>
                  {line.name} <small>{line.judgeId}</small>
                </td>
                <td>{line.marks}</td>
                <td>{line.comparedMarks}</td>
                <td data-testid="mean-deviation">{figure(line.meanDeviation)}</td>
                <td>{figure(line.meanAbsoluteDeviation)}</td>
                <td class={line.spreadAlertsCaused ? 'alert' : ''} data-testid="spread-caused">
                  {line.spreadAlertsCaused || ''}
                </td>
                <td>{line.remarksRequested || ''}</td>
                <td>{line.corrections || ''}</td>
                <td>{line.correctionsAfterPublication || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
