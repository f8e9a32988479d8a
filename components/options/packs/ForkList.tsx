import { useSignal } from '@preact/signals';
import type { PacksModel } from './packs-model';

/** Copies of pack items whose upstream changed: the agent chooses, nothing is overwritten silently. */
export function ForkList({ model }: { model: PacksModel }) {
  const comparing = useSignal<string | undefined>(undefined);
  const forks = model.flaggedForks.value;
  if (!forks.length) return null;
  return (
    <section class="card" aria-labelledby="forks-heading" data-testid="forks">
      <h2 id="forks-heading">Your copies that the pack has changed</h2>
      <ul class="fork-list">
        {forks.map((fork) => {
          const upstream = fork.upstream!;
          const theirs = upstream.data as { title?: string; body?: string } | undefined;
          return (
            <li key={fork.snippetId} data-testid="fork">
              <p>
                <strong>{fork.title}</strong>:{' '}
                {upstream.state === 'removed' ? `the pack removed this item in ${upstream.version}.` : `the pack changed this item in ${upstream.version}.`}
              </p>
              {comparing.value === fork.snippetId && theirs && (
                <div class="compare" data-testid="fork-compare">
                  <div>
                    <h4>Yours</h4>
                    <p class="body">{fork.body}</p>
                  </div>
                  <div>
                    <h4>The pack’s</h4>
                    <p class="body">{theirs.body}</p>
                  </div>
                </div>
              )}
              <div class="actions">
                <button onClick={() => void model.resolveFork(fork.snippetId, 'keep')}>Keep mine</button>
                <button onClick={() => void model.resolveFork(fork.snippetId, 'theirs')}>{upstream.state === 'removed' ? 'Delete my copy' : 'Take theirs'}</button>
                {theirs && <button onClick={() => (comparing.value = comparing.value === fork.snippetId ? undefined : fork.snippetId)}>Compare</button>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
