// Copies or downloads the comparison as CSV or as a Markdown table.
import { useState } from 'preact/hooks';
import { toCsv, toMarkdown, type TextTable } from '../../utils/compare';
import { useLocalization } from '../../utils/stores/settings';
import { downloadText } from '../download';

export function ExportButtons({ table, filename }: { table: (style: 'csv' | 'markdown') => TextTable; filename: string }) {
  const { t } = useLocalization();
  const [status, setStatus] = useState('');

  const copy = async (style: 'csv' | 'markdown') => {
    const text = style === 'csv' ? toCsv(table('csv')) : toMarkdown(table('markdown'));
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('popup.compare.copied'));
    } catch (error) {
      setStatus(t('popup.compare.copyFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };
  const save = (style: 'csv' | 'markdown') => {
    const name = `${filename}.${style === 'csv' ? 'csv' : 'md'}`;
    if (style === 'csv') downloadText(toCsv(table('csv')), name, 'text/csv;charset=utf-8');
    else downloadText(toMarkdown(table('markdown')), name, 'text/markdown;charset=utf-8');
    setStatus(t('popup.compare.downloaded', [name]));
  };

  return (
    <div class="export" role="group" aria-label={t('popup.compare.export')}>
      <button type="button" onClick={() => void copy('csv')}>
        {t('popup.compare.copyCsv')}
      </button>
      <button type="button" onClick={() => save('csv')}>
        {t('popup.compare.downloadCsv')}
      </button>
      <button type="button" onClick={() => void copy('markdown')}>
        {t('popup.compare.copyMarkdown')}
      </button>
      <button type="button" onClick={() => save('markdown')}>
        {t('popup.compare.downloadMarkdown')}
      </button>
      <p role="status" class="muted small">
        {status}
      </p>
    </div>
  );
}
