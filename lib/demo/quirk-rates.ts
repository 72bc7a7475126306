/**
 * Quirk rates (CONTRACT §5): low, but high enough that a few thousand records contain each. Each is the
 * probability of the quirk per study (title, contact) or per site.
 */
export const QUIRK_RATES = {
  titleSpaces: 0.03,
  refCpp: 0.03,
  entities: 0.02,
  allCaps: 0.03,
  emptyTitle: 0.006,
  legacyPhase: 0.04,
  legacyParty: 0.04,
  pendingRecruiting: 0.04,
  swappedAddress: 0.04,
  nullContactLine: 0.03,
  identifier2023: 0.006,
  siteUnavailable: 0.02,
  siteIndisponible: 0.005,
  siteNoPostcode: 0.03,
  siteUpperCity: 0.03,
  siteCedex: 0.04,
  siteEmptyService: 0.02,
  siteGap: 0.05,
} as const;
