import { useSignal } from '@preact/signals';
import { fillIn, useT } from '../../i18n';
import type { PacksModel } from './packs-model';

/** Copies of pack items whose upstream changed: the agent chooses, nothing is overwritten silently. */
export function ForkList({ model }: { model: PacksModel }) {
  const t = useT();
  const comparing = useSignal<string | undefined>(undefined);
  const forks = model.flaggedForks.value;
  if (!forks.length) return null;
  return (
    <section class="card" aria-labelledby="forks-heading" data-testid="forks">
      <h2 id="forks-heading">{t('forksHeading')}</h2>
      <ul class="fork-list">
        {forks.map((fork) => {
          const upstream = fork.upstream!;
          const theirs = upstream.data as { title?: string; body?: string } | undefined;
          return (
            <li key={fork.snippetId} data-testid="fork">
              <p>
                {fillIn(t(upstream.state === 'removed' ? 'forkRemoved' : 'forkChanged', { version: upstream.version }), { title: <strong>{fork.title}</strong> })}
              </p>
              {comparing.value === fork.snippetId && theirs && (
                <div class="compare" data-testid="fork-compare">
                  <div>
                    <h4>{t('forkYours')}</h4>
                    <p class="body">{fork.body}</p>
                  </div>
                  <div>
                    <h4>{t('forkTheirs')}</h4>
                    <p class="body">{theirs.body}</p>
                  </div>
                </div>
              )}
              <div class="actions">
                <button onClick={() => void model.resolveFork(fork.snippetId, 'keep')}>{t('forkKeepMine')}</button>
                <button onClick={() => void model.resolveFork(fork.snippetId, 'theirs')}>{t(upstream.state === 'removed' ? 'forkDeleteMine' : 'forkTakeTheirs')}</button>
                {theirs && <button onClick={() => (comparing.value = comparing.value === fork.snippetId ? undefined : fork.snippetId)}>{t('forkCompare')}</button>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
