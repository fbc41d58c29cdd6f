import { useState } from 'react';
import type { BulkKind } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { bulkApi } from './bulk-api.ts';
import { BulkImport } from './bulk-import.tsx';
import './bulk.css';

/** 导出 (Excel, CSV) and 导入 for a list an admin keeps: units or rosters. */
export function BulkBar({ kind, onApplied }: { kind: BulkKind; onApplied: () => void }) {
  const t = useT();
  const [importing, setImporting] = useState(false);
  return (
    <>
      <div className="bulk-bar" data-kind={kind}>
        <a className="button button-small" href={bulkApi.exportHref(kind, 'xlsx')} download>
          {t('bulk.exportXlsx')}
        </a>
        <a className="button button-small" href={bulkApi.exportHref(kind, 'csv')} download>
          {t('bulk.exportCsv')}
        </a>
        {!importing && (
          <button type="button" className="button button-small" onClick={() => setImporting(true)}>
            {t('bulk.import')}
          </button>
        )}
      </div>
      {importing && <BulkImport kind={kind} onApplied={onApplied} onClose={() => setImporting(false)} />}
    </>
  );
}
