import { useBlocker } from '@tanstack/react-router'
import { useRef, type RefObject } from 'react'
import { useFormState, type Control, type FieldValues } from 'react-hook-form'
import { ConfirmDialog } from '../confirm-dialog'

/**
 * Asks before leaving a form with unsaved changes: in-app links, back/forward, and closing or reloading
 * the tab (the browser's own prompt). Call `allowNextNavigation()` right before navigating after a save.
 * `entity` names what is edited, e.g. "backend cluster".
 */
export function useUnsavedChangesGuard<V extends FieldValues>(control: Control<V>, entity: string) {
  const allowed = useRef(false)
  return {
    // Its own component: it alone renders when the form turns dirty, not the whole form.
    dialog: <UnsavedChangesGuard control={control} entity={entity} allowed={allowed} />,
    allowNextNavigation: () => {
      allowed.current = true
    },
  }
}

interface UnsavedChangesGuardProps<V extends FieldValues> {
  control: Control<V>
  entity: string
  allowed: RefObject<boolean>
}

function UnsavedChangesGuard<V extends FieldValues>({
  control,
  entity,
  allowed,
}: UnsavedChangesGuardProps<V>) {
  const { isDirty } = useFormState({ control })
  const blocker = useBlocker({
    shouldBlockFn: () => isDirty && !allowed.current,
    enableBeforeUnload: () => isDirty && !allowed.current,
    withResolver: true,
  })
  return (
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
}
