import type { ProtocolId } from './protocols';
import type { Region } from './regions';

type Service = 'police' | 'fire' | 'medical';

/** The emergency service each protocol sends the customer to; immediate danger may be a fire or an intruder, so it names both. */
const SERVICES: Record<ProtocolId, Service[]> = { suicide: ['medical'], medical: ['medical'], abuse: ['police'], violence: ['police'], danger: ['fire', 'police'] };

/**
 * Regions whose main emergency number is not a general one: mainland China's
 * 120 is the ambulance, and 119 in Japan, Korea and Taiwan (995 in Singapore)
 * answers fire and ambulance, with the police on another number. Everywhere
 * else the main number (112, 911, 999, 000, 111) reaches every service.
 */
const MAIN_SERVES: Readonly<Record<string, readonly Service[]>> = { CN: ['medical'], BR: ['medical'], JP: ['fire', 'medical'], KR: ['fire', 'medical'], TW: ['fire', 'medical'], SG: ['fire', 'medical'] };

/** How the region files' labels name each service, in the languages they are written in. */
const LABELS: Record<Service, RegExp> = {
  police: /polic|polis|politi|poliisi|gardaí|gendarmerie|警察|公安|경찰/i,
  fire: /fire|feuer|pompier|bombeir|bomber|brann|vigili del fuoco|straż|消防/i,
  medical: /ambulanc|medic|sanit|samu|rettung|pogotowie|救护|救護/i,
};
const NOT_FOR_EMERGENCIES = /non-urgent|not for emergencies/i;

/** The number (or numbers, "119 / 110") the protocol's first line tells the customer to call. */
export function emergencyNumberFor(protocol: ProtocolId, region: string | undefined, emergency: NonNullable<Region['emergency']>): string {
  const serves = (region && MAIN_SERVES[region]) || undefined;
  if (!serves) return emergency.number;
  const numbers = SERVICES[protocol].map((service) => {
    if (serves.includes(service)) return emergency.number;
    const other = emergency.others?.find((o) => LABELS[service].test(o.label) && !NOT_FOR_EMERGENCIES.test(o.label));
    return other?.number ?? emergency.number;
  });
  return [...new Set(numbers)].join(' / ');
}
