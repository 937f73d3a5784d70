// One actions menu per table and one delete dialog per page, with the state a list page needs for
// both: which row the menu is for, copying an ID, and where focus goes after a delete.
import { useCallback, useRef, useState } from 'react'
import { COPY_UNAVAILABLE_HINT, copyText } from '../clipboard'
import { useNotify } from '../notifications'

export interface RowRef {
  id: string
  name: string
}

export interface OpenRowActions {
  anchor: HTMLElement
  item: RowRef
}

export function useRowActions() {
  const notify = useNotify()
  const tableContainerRef = useRef<HTMLDivElement>(null)
  // `session` remounts the menu on each opening, so it always starts on its first item (even when
  // reopened while the last one is still fading out).
  const [actions, setActions] = useState<{
    target: OpenRowActions | null
    open: boolean
    session: number
  }>({ target: null, open: false, session: 0 })
  const [deleting, setDeleting] = useState<{ item: RowRef; trigger: HTMLElement } | null>(null)
  const deleted = useRef(false)

  const openActions = useCallback((anchor: HTMLElement, item: RowRef) => {
    setActions((current) => ({
      target: { anchor, item: { id: item.id, name: item.name } },
      open: true,
      session: current.session + 1,
    }))
  }, [])
  const closeActions = () => setActions((current) => ({ ...current, open: false }))

  return {
    tableContainerRef,
    /** Remounts the menu on each opening (see `session`). */
    menuKey: actions.session,
    /** Props for RowActionsMenu. */
    menu: {
      target: actions.target,
      open: actions.open,
      onClose: closeActions,
      onCopyId: (item: RowRef) => {
        closeActions()
        void copyText(item.id).then((outcome) => {
          if (outcome === 'copied') notify(`Copied the ID of ${item.name}`)
          else notify(`${COPY_UNAVAILABLE_HINT} The ID is shown on its page.`, 'warning')
        })
      },
      onDelete: (item: RowRef) => {
        const trigger = actions.target?.anchor
        closeActions()
        deleted.current = false
        if (trigger) setDeleting({ item, trigger })
      },
    },
    openActions,
    /** The row whose menu is open, for its button's aria-expanded. */
    menuItemId: actions.open ? actions.target?.item.id : undefined,
    /** The item whose delete dialog is open. */
    deleting: deleting?.item ?? null,
    markDeleted: () => {
      deleted.current = true
    },
    endDelete: () => {
      const trigger = deleting?.trigger
      setDeleting(null)
      // After the dialog's own focus handling: back to the row's button, or to the table when the
      // row is going away.
      requestAnimationFrame(() => {
        if (!deleted.current && trigger?.isConnected) trigger.focus()
        else tableContainerRef.current?.focus()
      })
    },
  }
}
