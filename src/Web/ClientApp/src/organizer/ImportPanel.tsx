import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api';
import { fill, t, type MessageKey } from '../shared/i18n';
import { describe } from './consoleApi';
import { api } from './consoleApi';
import type { ImportError, ImportReport } from './consoleTypes';

/** The preview's columns as organizers name them (the server sends its field names). */
const columnLabels: Record<string, MessageKey> = {
  row: 'row',
  eventCode: 'event',
  id: 'id',
  name: 'displayName',
  organisation: 'organisation',
  delegation: 'delegation',
  idNumber: 'idNumber',
  level: 'level',
  keepsIdNumber: 'keepsIdNumber',
  criterionId: 'criterionTitle',
  aspectId: 'aspect',
  title: 'title',
  kind: 'kind',
  maxMark: 'maxMarkLong',
  step: 'step',
  aggregation: 'aggregation',
  spreadThreshold: 'spreadThreshold',
};

/**
 * Upload, preview, then commit: the server checks the whole file first and lists every bad row and column; nothing
 * is imported unless every row is good.
 */
export function ImportPanel({ url, testId, onImported }: { url: string; testId: string; onImported?: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.upload<ImportReport>(`${url}?commit=${commit}`, file);
      setReport(result);
      setErrors(result.errors);
      if (commit) {
        setMessage(fill('imported', { count: result.rowCount }));
        onImported?.();
      }
    } catch (error) {
      const listed = error instanceof ApiError ? ((error.problem as { errors?: ImportError[] }).errors ?? []) : [];
      setErrors(Array.isArray(listed) ? listed : []);
      setMessage(describe(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import" data-testid={testId}>
      <input
        type="file"
        accept=".csv,.xlsx"
        onChange={(e) => {
          setFile(e.currentTarget.files?.[0] ?? null);
          setReport(null);
          setErrors([]);
          setMessage(null);
        }}
      />
      <button disabled={!file || busy} onClick={() => send(false)}>
        {t('preview')}
      </button>
      <button class="primary" disabled={!file || busy || !report || errors.length > 0} onClick={() => send(true)}>
        {t('importAction')}
      </button>
      {message && <p class={errors.length ? 'outcome error' : 'outcome ok'}>{message}</p>}
      {errors.length > 0 && (
        <table class="errors" data-testid="import-errors">
          <thead>
            <tr>
              <th>{t('row')}</th>
              <th>{t('column')}</th>
              <th>{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i}>
                <td>{e.row}</td>
                <td>{e.column}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && errors.length === 0 && (
        <div data-testid="import-preview">
          <p>
            {fill('rowsOk', { count: report.rowCount })}
            {report.byEvent && ` · ${Object.entries(report.byEvent).map(([code, n]) => `${code}: ${n}`).join(' · ')}`}
          </p>
          <table>
            <thead>
              <tr>
                {report.preview[0] &&
                  Object.keys(report.preview[0]).map((k) => (
                    <th key={k} data-field={k}>
                      {k in columnLabels ? t(columnLabels[k]) : k}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {report.preview.map((row, i) => (
                <tr key={i}>
                  {Object.values(row).map((v, j) => (
                    <td key={j}>{v === null || v === undefined ? '' : v === true ? t('yes') : v === false ? '' : String(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
