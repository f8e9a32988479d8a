import type { Translate } from '@/utils/i18n';
import type { KeyOrigin, Provenance as PackProvenance } from '@/utils/packs/provenance';
import { useT } from '../../i18n';

const keyOrigin: Record<KeyOrigin, 'packKeyFromPolicy' | 'packKeyFromAgent' | 'packKeyFromFirstUse'> = {
  policy: 'packKeyFromPolicy',
  agent: 'packKeyFromAgent',
  'first-use': 'packKeyFromFirstUse',
};

export function describeSigner(provenance: PackProvenance, t: Translate): string {
  if (!provenance.signed) return t('packUnsigned');
  return provenance.signer ? t('packSignedBy', { signer: provenance.signer, fingerprint: provenance.fingerprint }) : t('packSignedNoName', { fingerprint: provenance.fingerprint });
}

/** Who signed a pack, with the key's fingerprint, or that it is unsigned: shown on every pack and before every file import. */
export function Provenance({ provenance, keyFrom }: { provenance: PackProvenance; keyFrom?: KeyOrigin }) {
  const t = useT();
  return (
    <p class={`provenance ${provenance.signed ? 'signed' : 'unsigned'}`} data-testid="provenance" data-signed={String(provenance.signed)}>
      {describeSigner(provenance, t)}
      {provenance.signed && keyFrom && ` (${t(keyOrigin[keyFrom])})`}
    </p>
  );
}
