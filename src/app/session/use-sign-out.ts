import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { signOut } from '../../api/session-api'
import { describeError } from '../../components/describe-error'
import { useNotify } from '../../components/notifications'
import { session } from '../../config/session-state'

/** Resolves once no save or delete is on its way (they are not cancelled: they may be done). */
function settledMutations(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getMutationCache()
    const check = () => {
      if (queryClient.isMutating() > 0) return false
      unsubscribe()
      resolve()
      return true
    }
    const unsubscribe = cache.subscribe(() => void check())
    check()
  })
}

/**
 * Sign-in mode: ends the session on the server and forgets everything fetched with it, then shows
 * the sign-in page (whatever the page held is discarded). `pending` while on its way.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const notify = useNotify()
  const [pending, setPending] = useState(false)
  const leave = async () => {
    setPending(true)
    try {
      // Nothing of this session may still be on its way once it ends.
      await queryClient.cancelQueries()
      await settledMutations(queryClient)
      await signOut()
      // Nothing one person fetched may show to the next one who signs in here.
      queryClient.clear()
      session.signedOut()
    } catch (error) {
      const { title, message } = describeError(error)
      notify(`Not signed out — ${title}. ${message}`, 'error')
      setPending(false)
    }
  }
  return { signOut: leave, pending }
}
