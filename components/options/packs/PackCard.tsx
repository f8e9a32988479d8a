import { useSignal } from '@preact/signals';
import { packStatus, type PackView } from '@/utils/packs/overview';
import type { PacksModel } from './packs-model';
import { PackItems } from './PackItems';

const originLabel = { file: 'Imported file', url: 'Subscription', policy: 'From your administrator' } as const;

/** One pack: what it is, where it comes from, how fresh it is, what the last update changed. All text is rendered as text. */
export function PackCard({ view, model }: { view: PackView; model: PacksModel }) {
  const status = packStatus(view, model.now.value);
  const showItems = useSignal(false);
  const counts = Object.entries(view.counts).map(([kind, count]) => `${count} ${kind}`).join(', ');
  return (
    <li class="card pack" data-testid="pack" data-pack-key={view.key}>
      <h3>
        {view.name ?? view.url ?? view.key} {view.version && <span class="hint">v{view.version}</span>}
      </h3>
      <p class="hint">
        {originLabel[view.origin]}
        {view.locked && ' · locked (read-only)'}
        {view.signed && ' · signature required'}
        {view.pinned && ' · pinned to one file'}
        {view.url && <> · <span class="url">{view.url}</span></>}
      </p>
      <p class={`pack-status ${status.kind}`} data-testid="pack-status" data-status={status.kind}>
        {status.text}
      </p>
      {view.description && <p>{view.description}</p>}
      {counts && <p class="hint">{counts}{view.author && ` · by ${view.author}`}</p>}
      {view.conflicts.length > 0 && (
        <div data-testid="pack-conflicts">
          <h4>Shortcut conflicts</h4>
          <ul>
            {view.conflicts.map((conflict) => (
              <li key={conflict.shortcut}>
                <code>{conflict.shortcut}</code>: {conflict.owners[0]!.label} ({describeOwner(conflict.owners[0]!)}) wins over{' '}
                {conflict.owners.slice(1).map((owner) => `${owner.label} (${describeOwner(owner)})`).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.lastDiff && <LastUpdate diff={view.lastDiff} />}
      <div class="actions">
        {view.url && (
          <button disabled={model.busy.value} onClick={() => void model.updateNow(view.key)}>
            Update now
          </button>
        )}
        {view.packId && <button onClick={() => (showItems.value = !showItems.value)}>{showItems.value ? 'Hide items' : 'Show items'}</button>}
        {view.origin !== 'policy' && (
          <button disabled={model.busy.value} onClick={() => void model.remove(view.key)}>
            Remove
          </button>
        )}
      </div>
      {showItems.value && view.packId && <PackItems packId={view.packId} locked={view.locked} model={model} />}
    </li>
  );
}

function describeOwner(owner: { source: string; locked: boolean }): string {
  if (owner.source === 'personal') return 'yours';
  return owner.locked ? 'locked pack' : 'pack';
}

function LastUpdate({ diff }: { diff: NonNullable<PackView['lastDiff']> }) {
  const lists = [
    ['Added', diff.added],
    ['Removed', diff.removed],
    ['Changed', diff.changed],
  ] as const;
  return (
    <details data-testid="pack-diff">
      <summary>
        {diff.fromVersion ? `Last update ${diff.fromVersion} → ${diff.toVersion}` : `Installed ${diff.toVersion}`}: {diff.added.length} added, {diff.removed.length} removed,{' '}
        {diff.changed.length} changed
      </summary>
      {diff.changelog.map((entry) => (
        <div key={entry.version}>
          <strong>{entry.version}</strong>
          <ul>{entry.changes.map((change, i) => <li key={i}>{change}</li>)}</ul>
        </div>
      ))}
      {lists.map(([label, items]) =>
        items.length ? (
          <div key={label}>
            <strong>{label}</strong>
            <ul>{items.map((item) => <li key={item.key}>{item.label}</li>)}</ul>
          </div>
        ) : null,
      )}
    </details>
  );
}
