import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createSitesModel } from '@/utils/state/sites-model';
import { useT } from '../../i18n';

/** Lets the agent run Undertone on a console it does not know yet; "Pick elements…" in the sidebar then teaches it the page. */
export function SitesSection() {
  const t = useT();
  const model = useMemo(createSitesModel, []);
  const address = useSignal('');
  useEffect(() => void model.refresh(), []);

  return (
    <section aria-labelledby="sites-heading" class="card" data-testid="sites">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="hint">{t('sitesHint')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await model.add(address.value)) address.value = '';
        }}
      >
        <label class="field">
          <span>{t('sitesAddress')}</span>
          <input type="url" inputMode="url" placeholder="https://support.example.com" value={address.value} onInput={(e) => (address.value = e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!address.value.trim()}>
          {t('sitesAllow')}
        </button>
      </form>
      {model.error.value && (
        <p class="error" role="alert">
          {model.error.value(t)}
        </p>
      )}
      <ul>
        {model.sites.value.map((site) => (
          <li key={site}>
            <code>{site}</code>{' '}
            <button type="button" onClick={() => void model.remove(site)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
