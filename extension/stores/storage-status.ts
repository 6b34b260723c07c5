// Whether a stored value came from a newer TokenTag or waits in place, as a store the popup and options re-render from.
import { create } from 'zustand';
import type { StoredKey } from '../../utils/set-aside';
import { storageStatus, type StoredStatus } from '../storage';

export const useStorageStatus = create<Record<StoredKey, StoredStatus>>()(() => storageStatus.get());
storageStatus.watch((statuses) => useStorageStatus.setState(statuses));

/** The stored values a newer TokenTag wrote (read here, never written over). */
export function useNewerKeys(): StoredKey[] {
  const statuses = useStorageStatus();
  return (Object.keys(statuses) as StoredKey[]).filter((key) => statuses[key].newer !== undefined);
}
