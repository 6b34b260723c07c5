// Tells the user that values were saved by a newer TokenTag: read as far as this version can, never written over; update to change them.
import { useLocalization } from '../extension/stores/settings';
import { useNewerKeys } from '../extension/stores/storage-status';

export function NewerVersionNotice({ compact = false }: { compact?: boolean }) {
  const { t } = useLocalization();
  const keys = useNewerKeys();
  if (keys.length === 0) return null;
  if (compact)
    return (
      <p role="alert" class="warn small" data-notice="newer-version">
        {t('popup.newerVersion')}
      </p>
    );
  const names = keys.map((key) => t(`options.storedNames.${key}`)).join(', ');
  return (
    <div class="banner" role="alert" data-notice="newer-version">
      <strong>{t('options.newer.title')}</strong>
      <p>{t('options.newer.body', [names])}</p>
    </div>
  );
}
