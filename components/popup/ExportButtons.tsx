// Copies or downloads the comparison as CSV or as a Markdown table.
import { useState } from 'preact/hooks';
import { toCsv, toMarkdown, type TextTable } from '../../utils/compare';
import { useLocalization } from '../../extension/stores/settings';
import { downloadText } from '../download';

type Style = 'csv' | 'markdown';

const formats: Record<Style, { render(table: TextTable): string; extension: string; type: string }> = {
  csv: { render: toCsv, extension: 'csv', type: 'text/csv;charset=utf-8' },
  markdown: { render: toMarkdown, extension: 'md', type: 'text/markdown;charset=utf-8' },
};

export function ExportButtons({ table, filename }: { table: (style: Style) => TextTable; filename: string }) {
  const { t } = useLocalization();
  const [status, setStatus] = useState('');

  const text = (style: Style) => formats[style].render(table(style));

  const copy = async (style: Style) => {
    try {
      await navigator.clipboard.writeText(text(style));
      setStatus(t('popup.compare.copied'));
    } catch (error) {
      setStatus(t('popup.compare.copyFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };
  const save = (style: Style) => {
    const name = `${filename}.${formats[style].extension}`;
    downloadText(text(style), name, formats[style].type);
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
