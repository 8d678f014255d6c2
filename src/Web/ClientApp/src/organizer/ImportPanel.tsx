import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api';
import { describe } from './consoleApi';
import { api } from './consoleApi';
import type { ImportError, ImportReport } from './consoleTypes';

/** The preview's columns as organizers name them (the server sends its field names). */
const columnLabels: Record<string, string> = {
  row: '行 Row',
  eventCode: '赛项 Event',
  id: '编号 Id',
  name: '姓名 Name',
  organisation: '单位 Organisation',
  delegation: '代表队 Delegation',
  idNumber: '身份证号 ID number',
  level: '现等级 Current level',
  keepsIdNumber: '沿用已存身份证号 Keeps stored ID number',
  criterionId: '模块 Criterion',
  aspectId: '评分项 Aspect',
  title: '名称 Title',
  kind: '类型 Kind',
  maxMark: '满分 Max mark',
  step: '步长 Step',
  aggregation: '汇总方式 Aggregation',
  spreadThreshold: '分差阈值 Spread threshold',
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
        setMessage(`已导入 ${result.rowCount} 行 · Imported ${result.rowCount} rows`);
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
        预览 Preview
      </button>
      <button class="primary" disabled={!file || busy || !report || errors.length > 0} onClick={() => send(true)}>
        导入 Import
      </button>
      {message && <p class={errors.length ? 'outcome error' : 'outcome ok'}>{message}</p>}
      {errors.length > 0 && (
        <table class="errors" data-testid="import-errors">
          <thead>
            <tr>
              <th>行 Row</th>
              <th>列 Column</th>
              <th>问题 Problem</th>
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
            {report.rowCount} 行无误 rows OK
            {report.byEvent && ` · ${Object.entries(report.byEvent).map(([code, n]) => `${code}: ${n}`).join(' · ')}`}
          </p>
          <table>
            <thead>
              <tr>
                {report.preview[0] &&
                  Object.keys(report.preview[0]).map((k) => (
                    <th key={k} data-field={k}>
                      {columnLabels[k] ?? k}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {report.preview.map((row, i) => (
                <tr key={i}>
                  {Object.values(row).map((v, j) => (
                    <td key={j}>{v === null || v === undefined ? '' : v === true ? '是 Yes' : v === false ? '' : String(v)}</td>
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
