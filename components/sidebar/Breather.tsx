import type { MessageKey } from '@/utils/i18n';
import type { BreatherModel } from '@/utils/state/breather-model';
import { useT } from '../i18n';

/** A short, optional pause for the agent after heat: emotional labour is the job's hidden cost. Each time a different prompt. */
export function Breather({ model }: { model: BreatherModel }) {
  const t = useT();
  const prompt = model.prompt.value;
  if (prompt === undefined) return null;
  return (
    <section class="card breather" aria-labelledby="breather-heading" data-testid="breather">
      <h2 id="breather-heading">{t('breatherHeading')}</h2>
      <p data-testid="breather-prompt">{t(`breatherPrompt${prompt + 1}` as MessageKey)}</p>
      <button type="button" onClick={model.dismiss}>
        {t('breatherDone')}
      </button>
    </section>
  );
}
