import { useSignal } from '@preact/signals';
import type { MessageKey } from '@/utils/i18n';
import { htmlLang } from '@/utils/i18n';
import { DIRECTORY } from '@/utils/crisis/protocols';
import { regionName } from '@/utils/crisis/regions';
import type { CrisisCardContent } from '@/utils/crisis/resolve';
import type { PinnedCrisis } from '@/utils/state/coaching-model';
import { useT } from '../i18n';
import { Highlighted } from './Highlighted';

export interface CrisisCardProps {
  crisis: PinnedCrisis;
  content: CrisisCardContent;
  /** The crisis is in a conversation other than the one on screen. */
  elsewhere: boolean;
  /** The interface's html lang, for region names. */
  uiLang: string;
  /** Puts text into the composer at the caret, as a suggestion's Insert does; the agent edits and sends it, or not. */
  onInsert: (text: string) => void;
  onAcknowledge: () => void;
}

/**
 * Pinned above everything until the agent acknowledges it. A crisis shows the
 * protocol for its danger; a possible risk, a calm check-in whose question the
 * agent may insert, and the protocol one click away. Nothing is ever sent and
 * no one is contacted: the card informs the agent, who decides.
 */
export function CrisisCard({ crisis, content, elsewhere, uiLang, onInsert, onAcknowledge }: CrisisCardProps) {
  const t = useT();
  const open = useSignal(false);
  const id = `crisis-${crisis.conversationKey.replace(/[^\w-]/g, '_')}`;
  const possible = content.tier === 'possible';
  const where = crisis.customerName ?? crisis.conversationKey.slice(crisis.conversationKey.indexOf(':') + 1);
  return (
    <section
      class={`card crisis${possible ? ' possible' : ''}`}
      role="alert"
      aria-labelledby={`${id}-heading`}
      data-testid="crisis-card"
      data-tier={content.tier}
      data-protocol={content.protocol}
      data-conversation={crisis.conversationKey}
    >
      <h2 id={`${id}-heading`}>{possible ? t('possibleHeading') : content.title}</h2>
      {elsewhere && (
        <p class="crisis-elsewhere" data-testid="crisis-elsewhere">
          {t('crisisElsewhere', { name: where })}
        </p>
      )}
      <ul class="signals" aria-label={t('signalsHeard')}>
        <li class="signal crisis-tier">{t(possible ? 'possibleBadge' : 'crisisBadge')}</li>
        {crisis.danger && <li class="signal">{t(`danger_${crisis.danger}` as MessageKey)}</li>}
      </ul>
      <blockquote data-testid="crisis-message">
        <Highlighted text={crisis.message.text} spans={crisis.evidence} />
      </blockquote>
      {possible ? (
        <>
          <p>{t('possibleBody')}</p>
          <p class="check-in" lang={htmlLang[crisis.lang]} data-testid="check-in">
            {content.checkIn}
          </p>
          <div class="actions">
            {/* The composer on screen belongs to another customer: the question waits until their conversation is open. */}
            {!elsewhere && (
              <button type="button" onClick={() => onInsert(content.checkIn)}>
                {t('checkInInsert')}
              </button>
            )}
            <button type="button" class="link" aria-expanded={open.value} aria-controls={`${id}-protocol`} onClick={() => (open.value = !open.value)}>
              {t(open.value ? 'hideProtocol' : 'showProtocol')}
            </button>
          </div>
          {open.value && (
            <div id={`${id}-protocol`} class="full-protocol" data-testid="full-protocol">
              <h3>{content.title}</h3>
              <Protocol content={content} lang={crisis.lang} uiLang={uiLang} />
            </div>
          )}
        </>
      ) : (
        <Protocol content={content} lang={crisis.lang} uiLang={uiLang} />
      )}
      <p class="hint">{t('crisisNothingSent')}</p>
      <button type="button" class="primary" onClick={onAcknowledge}>
        {t('crisisAcknowledge')}
      </button>
    </section>
  );
}

function Protocol({ content, lang, uiLang }: { content: CrisisCardContent; lang: PinnedCrisis['lang']; uiLang: string }) {
  const t = useT();
  const emergency = <EmergencyNumber content={content} uiLang={uiLang} />;
  return (
    <>
      {content.emergencyFirst && emergency}
      <ol data-testid="crisis-steps">
        {content.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="say">
        <span class="say-label">{t('crisisSay')}</span>{' '}
        <q lang={htmlLang[lang]} data-testid="crisis-say">
          {content.say}
        </q>
      </p>
      {!content.emergencyFirst && emergency}
      {content.lines.length > 0 && (
        <ul class="hotlines" aria-label={t('crisisHotlines')} data-testid="crisis-lines">
          {content.lines.map((line) => (
            <li key={`${line.kind}-${line.number}`} data-kind={line.kind}>
              <strong>{line.number}</strong> {line.name}
              {line.nameEn ? <span class="muted"> ({line.nameEn})</span> : null}
              <span class="muted">
                {' · '}
                {line.hours ?? t('hoursNotStated')}
                {line.text ? ` · ${t('lineTakesTexts')}` : ''}
                {line.note ? ` · ${line.note}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The region's emergency number (big when it comes first), or, where Undertone has none, what to do instead: never another region's number. */
function EmergencyNumber({ content, uiLang }: { content: CrisisCardContent; uiLang: string }) {
  const t = useT();
  const { region, emergency } = content;
  if (!region.known) {
    return (
      <div class="emergency unknown" data-testid="crisis-unknown-region">
        <p>{t('crisisUnknownRegion', { region: region.code ? ` (${regionName(region.code, uiLang)})` : '' })}</p>
        <p>
          {t('crisisUnknownGuidance')}{' '}
          <a href={DIRECTORY.url} target="_blank" rel="noopener noreferrer">
            {DIRECTORY.name}
          </a>
        </p>
      </div>
    );
  }
  const place = `${regionName(region.code!, uiLang)} (${t(`regionFrom_${region.from!}` as MessageKey)})`;
  return (
    <div class={`emergency${content.emergencyFirst ? ' first' : ''}`} data-testid="crisis-emergency">
      <p class="muted">{t('crisisRegion', { region: place })}</p>
      {emergency ? (
        <p>
          <span class="emergency-label">{t('crisisEmergency')}</span> <strong class="emergency-number">{emergency.number}</strong>
          {emergency.others && emergency.others.length > 0 && (
            <span class="muted"> · {t('crisisEmergencyAlso', { numbers: emergency.others.map((o) => `${o.number} ${o.label}`).join('; ') })}</span>
          )}
        </p>
      ) : (
        <p>{t('crisisNoEmergency')}</p>
      )}
    </div>
  );
}
