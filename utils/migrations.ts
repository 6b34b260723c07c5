// Pure migrations of stored and exported values from one version to the next (registered in extension/storage.ts).

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One workload from v1 (`batch: boolean`) to v2 (`serviceTier`): batch work runs at the `batch`
 * tier, the rest at `standard`. Anything it cannot read is returned as it was, to fail validation
 * visibly (and be kept aside) rather than be lost.
 */
export function migrateWorkloadV1ToV2(workload: unknown): unknown {
  if (!isRecord(workload) || typeof workload.batch !== 'boolean' || 'serviceTier' in workload) return workload;
  const { batch, ...rest } = workload;
  return { ...rest, serviceTier: batch ? 'batch' : 'standard' };
}

/** The stored preset list from v1 to v2: each preset's workload migrated, everything else kept. */
export function migratePresetsV1ToV2(presets: unknown): unknown {
  if (!Array.isArray(presets)) return presets;
  return (presets as unknown[]).map((preset) =>
    isRecord(preset) ? { ...preset, workload: migrateWorkloadV1ToV2(preset.workload) } : preset,
  );
}

/**
 * The stored comparison from v1 (`{ modelIds }`) to v2, which adds the offer each model is priced
 * at: none chosen yet, so every model stays at its creator's own price, as v1 priced it.
 */
export function migrateComparisonV1ToV2(comparison: unknown): unknown {
  if (!isRecord(comparison) || 'offers' in comparison) return comparison;
  return { ...comparison, offers: {} };
}
