import { useEffect, useMemo } from 'preact/hooks';
import { useT } from '../../i18n';
import { AddPack } from './AddPack';
import { Authoring } from './Authoring';
import { ForkList } from './ForkList';
import { PackCard } from './PackCard';
import { StarterLibrary } from './StarterLibrary';
import { createPacksModel } from './packs-model';
import './packs.css';

/** Team packs: what is installed and how fresh it is, adding packs, resolving changed copies, and authoring for leads. */
export function PacksSection() {
  const t = useT();
  const model = useMemo(createPacksModel, []);
  useEffect(() => {
    const stopWatching = model.watch();
    const timer = setInterval(model.tick, 60_000);
    return () => {
      stopWatching();
      clearInterval(timer);
    };
  }, []);
  const sources = model.overview.value?.sources ?? [];
  return (
    <>
      {model.error.value && <p class="error" role="alert" data-testid="packs-error">{model.error.value(t)}</p>}
      {model.message.value && <p role="status" class="banner" data-testid="packs-message">{model.message.value(t)}</p>}
      <ForkList model={model} />
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('sectionPacks')}</h2>
        {sources.length === 0 && <p class="empty">{t('packsEmpty')}</p>}
        <ul class="pack-list">
          {sources.map((view) => <PackCard key={view.key} view={view} model={model} />)}
        </ul>
      </section>
      <StarterLibrary model={model} />
      <AddPack model={model} />
      <Authoring installed={sources.flatMap((view) => (view.packId ? [{ packId: view.packId, name: view.name ?? view.packId }] : []))} />
    </>
  );
}
