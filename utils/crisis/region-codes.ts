/**
 * The regions the crisis card has researched numbers for, as bare codes, for
 * pages that list them without showing their numbers (the pack authoring
 * form). Written out rather than read from regions/*.json so such a page does
 * not carry every region's data; regions.test.ts keeps it equal to the files.
 */
export const REGION_CODES: readonly string[] = ['AT', 'AU', 'BE', 'BR', 'CA', 'CH', 'CN', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'HK', 'IE', 'IN', 'IT', 'JP', 'KR', 'MO', 'MX', 'MY', 'NL', 'NO', 'NZ', 'PH', 'PL', 'PT', 'SE', 'SG', 'TW', 'US', 'ZA'];
