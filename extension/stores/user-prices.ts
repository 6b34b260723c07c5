// The "Your prices" store: the user's rate overrides, seller discounts and custom models, persisted (synced) and live across contexts.
import { create } from 'zustand';
import { noUserPrices, type UserPrices } from '../../utils/user-prices';
import { userPricesStorage, type WriteOutcome } from '../storage';

export interface UserPricesState {
  prices: UserPrices;
  loaded: boolean;
  /** Changes the stored prices as they are now (not this context's copy); refused writes reject (StorageRefusal). */
  change(edit: (prices: UserPrices) => UserPrices): Promise<WriteOutcome>;
}

export const useUserPricesStore = create<UserPricesState>()((set) => ({
  prices: structuredClone(noUserPrices),
  loaded: false,
  async change(edit) {
    const { value, outcome } = await userPricesStorage.update(edit);
    set({ prices: value });
    return outcome;
  },
}));

/** Loads the stored prices and follows changes made in any other context; returns the unsubscribe. */
export function connectUserPricesStore(): () => void {
  void userPricesStorage.get().then((prices) => useUserPricesStore.setState({ prices, loaded: true }));
  return userPricesStorage.watch((prices) => useUserPricesStore.setState({ prices }));
}
