// Cache work shared by every entity's mutations: a save writes the detail and refreshes the lists;
// a delete takes the row out of every cached list at once and puts it back if the DELETE fails.
import { useMutation, useMutationState, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { isApiError } from './api-error'

interface EntityKeys {
  /** The prefix of every list query of the entity in the gateway. */
  lists: QueryKey
  /** One item's detail query key. */
  detail: (id: string) => QueryKey
}

/**
 * POST or PUT: the answer becomes the detail, and lists are fetched again, as are `related`
 * queries that show something of this entity (e.g. a destination's name).
 */
export function useSaveMutation<Body, Saved extends { id: string }>(
  keys: EntityKeys,
  send: (body: Body) => Promise<Saved>,
  related: readonly QueryKey[] = [],
) {
  const queryClient = useQueryClient()
  return useMutation({
    // The body may hold a plaintext password: don't keep it in the mutation cache after the call.
    gcTime: 0,
    mutationFn: send,
    onSuccess: async (saved: Saved) => {
      queryClient.setQueryData(keys.detail(saved.id), saved)
      await Promise.all(
        [keys.lists, ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      )
    },
  })
}

export type DeleteOutcome = 'deleted' | 'already-gone'

interface Page {
  data?: { id: string }[]
}

/**
 * IDs being deleted right now under `mutationKey`. Lists hide them even when their data was fetched
 * after the delete began (e.g. the list a detail page returns to), so a deleted row never flickers back.
 */
export function usePendingDeletions(mutationKey: QueryKey): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey, status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  })
  return new Set(ids)
}

/**
 * Deletes at once in every cached list (the row disappears before the API answers) and puts it back
 * if the DELETE fails. A 404 means someone else deleted it first: that is success, not an error.
 */
export function useOptimisticDelete(
  mutationKey: QueryKey,
  keys: EntityKeys,
  send: (id: string) => Promise<unknown>,
  /** Queries that count or show this entity elsewhere, fetched again once the delete is done. */
  related: readonly QueryKey[] = [],
) {
  const queryClient = useQueryClient()
  const removeFromLists = (id: string) =>
    queryClient.setQueriesData<Page>({ queryKey: keys.lists }, (page) =>
      page ? { ...page, data: page.data?.filter((item) => item.id !== id) } : page,
    )
  return useMutation({
    mutationKey,
    mutationFn: async (id: string): Promise<DeleteOutcome> => {
      try {
        await send(id)
        return 'deleted'
      } catch (error) {
        if (isApiError(error, 404)) return 'already-gone'
        throw error
      }
    },
    onMutate: async (id: string) => {
      await queryClient.cancelQueries({ queryKey: keys.lists })
      const snapshots = queryClient.getQueriesData<Page>({ queryKey: keys.lists })
      removeFromLists(id)
      return { snapshots }
    },
    onError: (_error, _id, context) => {
      for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data)
    },
    onSuccess: async (_outcome, id) => {
      // A list fetched while the DELETE was on its way may still hold the row: drop it again.
      await queryClient.cancelQueries({ queryKey: keys.lists })
      removeFromLists(id)
      queryClient.removeQueries({ queryKey: keys.detail(id) })
    },
    onSettled: () =>
      Promise.all(
        [keys.lists, ...related].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  })
}
