import { useBlocker } from '@tanstack/react-router'
import { useRef } from 'react'
import { ConfirmDialog } from '../confirm-dialog'

/**
 * Asks before leaving a form with unsaved changes: in-app links, back/forward, and closing or reloading
 * the tab (the browser's own prompt). Call `allowNextNavigation()` right before navigating after a save.
 */
/** `entity` names what is edited, e.g. "backend cluster". */
export function useUnsavedChangesGuard(dirty: boolean, entity: string) {
  const allowed = useRef(false)
  const blocker = useBlocker({
    shouldBlockFn: () => dirty && !allowed.current,
    enableBeforeUnload: () => dirty && !allowed.current,
    withResolver: true,
  })
  const dialog = (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave"
      cancelLabel="Stay"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      Your changes to this {entity} have not been saved and will be lost.
    </ConfirmDialog>
  )
  return {
    dialog,
    allowNextNavigation: () => {
      allowed.current = true
    },
  }
}
