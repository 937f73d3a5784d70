import type { DeleteOutcome } from '../../api/entity-mutations'
import { describeError } from '../describe-error'
import { useNotify } from '../notifications'

/**
 * Sends a confirmed delete and says how it went. `leave` runs first and the DELETE waits for it,
 * so a page being left (a detail page) is gone before its item is. The notices go to the app shell,
 * as the dialog (and that page) may be gone when the answer comes.
 */
export function useSendDelete(entity: string, remove: (id: string) => Promise<DeleteOutcome>) {
  const notify = useNotify()
  const title = entity.charAt(0).toUpperCase() + entity.slice(1)
  return (item: { id: string; name: string }, leave?: () => void | Promise<void>) => {
    void Promise.resolve(leave?.())
      .then(() => remove(item.id))
      .then(
        (outcome) =>
          notify(
            outcome === 'deleted'
              ? `${title} "${item.name}" deleted.`
              : `"${item.name}" was already deleted.`,
            outcome === 'deleted' ? 'success' : 'info',
          ),
        (error: unknown) => {
          const problem = describeError(error)
          notify(`"${item.name}" was not deleted — ${problem.title}. ${problem.message}`, 'error')
        },
      )
  }
}
