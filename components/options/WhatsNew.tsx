import { useEffect, useMemo } from 'preact/hooks';
import { createWhatsNewModel } from '@/utils/state/whats-new-model';
import { useT } from '../i18n';

/** One quiet line after an update (nothing opens by itself); gone once dismissed. */
export function WhatsNew() {
  const t = useT();
  const model = useMemo(createWhatsNewModel, []);
  useEffect(() => model.start(), []);
  const version = model.version.value;
  if (!version) return null;
  return (
    <p class="banner" data-testid="whats-new">
      <span>{t('whatsNew', { version })}</span>
      <button type="button" onClick={() => void model.dismiss()}>
        {t('whatsNewDismiss')}
      </button>
    </p>
  );
}
