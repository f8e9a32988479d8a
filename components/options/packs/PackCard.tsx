import { useSignal } from '@preact/signals';
import { isMessageKey, type Translate } from '@/utils/i18n';
import { packStatus, type PackView } from '@/utils/db/pack-overview';
import { fillIn, useT } from '../../i18n';
import type { PacksModel } from './packs-model';
import { PackItems } from './PackItems';
import { Provenance } from './Provenance';

/** "12 snippets, 14 coaching, …"; a kind this version has no words for is shown by its name. */
function describeCounts(counts: PackView['counts'], t: Translate): string {
  return Object.entries(counts)
    .map(([kind, count]) => {
      const key = `packKind_${kind}`;
      return isMessageKey(key) ? t(key, { count }) : `${count} ${kind}`;
    })
    .join(t('listSeparator'));
}

/** One pack: what it is, where it comes from, how fresh it is, what the last update changed. All text is rendered as text. */
export function PackCard({ view, model }: { view: PackView; model: PacksModel }) {
  const t = useT();
  const status = packStatus(view, model.now.value, t);
  const showItems = useSignal(false);
  const counts = describeCounts(view.counts, t);
  return (
    <li class="card pack" data-testid="pack" data-pack-key={view.key}>
      <h3>
        {view.name ?? view.url ?? view.key} {view.version && <span class="hint">v{view.version}</span>}
      </h3>
      <p class="hint">
        {t(view.builtIn ? 'packOrigin_builtIn' : `packOrigin_${view.origin}`)}
        {view.locked && ` · ${t('packLocked')}`}
        {view.keyFrom && !view.packId && ` · ${t('packSigned')}`}
        {view.pinned && ` · ${t('packPinned')}`}
        {view.url && <> · <span class="url">{view.url}</span></>}
      </p>
      {view.packId && <Provenance provenance={view.provenance} keyFrom={view.keyFrom} />}
      {view.nextFingerprint && <p class="hint" data-testid="next-key">{t('packNextKey', { fingerprint: view.nextFingerprint })}</p>}
      <p class={`pack-status ${status.kind}`} data-testid="pack-status" data-status={status.kind}>
        {status.text}
      </p>
      {view.description && <p>{view.description}</p>}
      {counts && <p class="hint">{counts}{view.author && ` · ${t('packBy', { author: view.author })}`}</p>}
      {view.conflicts.length > 0 && (
        <div data-testid="pack-conflicts">
          <h4>{t('packConflictsHeading')}</h4>
          <ul>
            {view.conflicts.map((conflict) => {
              const [winner, ...losers] = conflict.owners.map((owner) => t('packOwner', { label: owner.label, owner: describeOwner(owner, t) }));
              return (
                <li key={conflict.shortcut}>
                  {fillIn(t('packConflict'), { shortcut: <code>{conflict.shortcut}</code>, winner, losers: losers.join(t('listSeparator')) })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {view.lastDiff && <LastUpdate diff={view.lastDiff} />}
      <div class="actions">
        {view.url && (
          <button disabled={model.busy.value} onClick={() => void model.updateNow(view.key)}>
            {t('packUpdateNow')}
          </button>
        )}
        {view.packId && <button onClick={() => (showItems.value = !showItems.value)}>{t(showItems.value ? 'packHideItems' : 'packShowItems')}</button>}
        {view.origin !== 'policy' && (
          <button disabled={model.busy.value} onClick={() => void model.remove(view.key)}>
            {t('remove')}
          </button>
        )}
      </div>
      {showItems.value && view.packId && <PackItems packId={view.packId} locked={view.locked} model={model} />}
    </li>
  );
}

function describeOwner(owner: { source: string; locked: boolean }, t: Translate): string {
  if (owner.source === 'personal') return t('packOwnerYours');
  return t(owner.locked ? 'packOwnerLocked' : 'packOwnerPack');
}

function LastUpdate({ diff }: { diff: NonNullable<PackView['lastDiff']> }) {
  const t = useT();
  const lists = [
    [t('columnAdded'), diff.added],
    [t('columnRemoved'), diff.removed],
    [t('columnChanged'), diff.changed],
  ] as const;
  const what = diff.fromVersion ? t('packLastUpdate', { from: diff.fromVersion, to: diff.toVersion }) : t('packInstalledVersion', { to: diff.toVersion });
  return (
    <details data-testid="pack-diff">
      <summary>{t('packDiffCounts', { what, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })}</summary>
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
