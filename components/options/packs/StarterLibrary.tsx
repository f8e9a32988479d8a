import { languageNames } from '@/utils/i18n';
import { STARTER_LANGUAGES, starterPackId } from '@/utils/packs/starter';
import { useT } from '../../i18n';
import type { PacksModel } from './packs-model';

/** The built-in starter packs, one per language: added here like any pack, and listed above with the others once added. */
export function StarterLibrary({ model }: { model: PacksModel }) {
  const t = useT();
  const installed = new Set(model.overview.value?.sources.filter((view) => view.builtIn).map((view) => view.packId));
  return (
    <section aria-labelledby="starter-heading" data-testid="starter-library">
      <h2 id="starter-heading">{t('packsStarterHeading')}</h2>
      <p class="hint">{t('packsStarterIntro')}</p>
      <div class="actions">
        {STARTER_LANGUAGES.map((lang) =>
          installed.has(starterPackId(lang)) ? (
            <span key={lang} class="hint">{t('packsStarterInstalled', { language: languageNames[lang] })}</span>
          ) : (
            <button key={lang} type="button" disabled={model.busy.value} onClick={() => void model.installStarter(lang)}>
              {t('packsStarterAdd', { language: languageNames[lang] })}
            </button>
          ),
        )}
      </div>
    </section>
  );
}
