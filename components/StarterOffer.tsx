import { useMemo } from 'preact/hooks';
import type { StarterLanguage } from '@/utils/packs/starter';
import { createStarterModel } from '@/utils/state/starter-model';
import { useT } from './i18n';
import './starter-offer.css';

/** The one-click offer of the starter library in the UI language, where the agent has no snippets yet and on the welcome page. */
export function StarterOffer({ lang }: { lang: StarterLanguage }) {
  const t = useT();
  const model = useMemo(createStarterModel, []);
  const state = model.state.value;
  return (
    <div class="starter-offer" data-testid="starter-offer">
      <p class="hint">{t('starterOffer')}</p>
      {state !== 'added' && (
        <button type="button" disabled={state === 'adding'} onClick={() => void model.add(lang)}>
          {t('starterAdd')}
        </button>
      )}
      <p role="status" class={state === 'failed' ? 'error' : 'hint'}>
        {state === 'adding' && t('starterAdding')}
        {state === 'added' && t('starterAdded')}
        {state === 'failed' && t('starterFailed', { reason: model.reason.value })}
      </p>
    </div>
  );
}
