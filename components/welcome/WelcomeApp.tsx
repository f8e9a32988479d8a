import { useSignalEffect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { htmlLang, type MessageKey } from '@/utils/i18n';
import { regionChoices } from '@/utils/crisis/regions';
import { createSettingsModel } from '@/utils/state/settings-model';
import { fillIn, LanguageContext, TranslateContext } from '../i18n';
import { LanguageSetting } from '../LanguageSetting';
import { RegionSetting } from '../RegionSetting';
import { StarterOffer } from '../StarterOffer';
import '../sidebar/sidebar.css';
import './welcome.css';

/** Where `npm start` serves the demo console: it ships with the source, not inside the extension. */
export const DEMO_CONSOLE_URL = 'http://127.0.0.1:4173/';

const does: MessageKey[] = ['welcomeDoes1', 'welcomeDoes2', 'welcomeDoes3'];
const doesNot: MessageKey[] = ['welcomeDoesNot1', 'welcomeDoesNot2'];

/**
 * The first-run page (opened once, on install; options links to it): what
 * Undertone does and does not do, privacy, the two settings a new agent needs,
 * the starter library and the demo console. In the browser's language until
 * the agent picks one here.
 */
export function WelcomeApp() {
  const settingsModel = useMemo(() => createSettingsModel(), []);
  useEffect(() => settingsModel.start(), []);
  useSignalEffect(() => {
    document.documentElement.lang = htmlLang[settingsModel.language.value];
    document.title = settingsModel.t.value('welcomeTitle');
  });
  const t = settingsModel.t.value;
  const language = settingsModel.language.value;
  const regions = useMemo(() => regionChoices(htmlLang[language]), [language]);

  return (
    <TranslateContext.Provider value={t}>
      <LanguageContext.Provider value={language}>
        <main class="welcome" data-testid="welcome">
          <header class="welcome-header">
            <img src="/icon/128.png" width={64} height={64} alt="" />
            <div>
              <h1>{t('welcomeTitle')}</h1>
              <p>{t('welcomeIntro')}</p>
            </div>
          </header>
          <div class="welcome-columns">
            <section aria-labelledby="does-heading">
              <h2 id="does-heading">{t('welcomeDoesHeading')}</h2>
              <ul>{does.map((key) => <li key={key}>{t(key)}</li>)}</ul>
            </section>
            <section aria-labelledby="does-not-heading">
              <h2 id="does-not-heading">{t('welcomeDoesNotHeading')}</h2>
              <ul>{doesNot.map((key) => <li key={key}>{t(key)}</li>)}</ul>
            </section>
          </div>
          <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
            <p>{t('welcomePrivacy')}</p>
          </section>
          <section aria-labelledby="setup-heading" class="card">
            <h2 id="setup-heading">{t('welcomeSetupHeading')}</h2>
            <LanguageSetting model={settingsModel} />
            <RegionSetting model={settingsModel} regions={regions} />
            <p class="hint">{t('welcomeRegionHint')}</p>
          </section>
          <section aria-labelledby="starter-heading" class="card">
            <h2 id="starter-heading">{t('welcomeStarterHeading')}</h2>
            <StarterOffer lang={language} />
          </section>
          <section aria-labelledby="try-heading" class="card">
            <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
            <p>{fillIn(t('welcomeTryText'), { command: <code>npm start</code> })}</p>
            <a class="button" href={DEMO_CONSOLE_URL} target="_blank" rel="noreferrer" data-testid="open-demo">
              {t('welcomeOpenDemo')}
            </a>
          </section>
          <p class="hint">{t('welcomeLater')}</p>
        </main>
      </LanguageContext.Provider>
    </TranslateContext.Provider>
  );
}
