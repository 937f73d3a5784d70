import { type BaseSyntheticEvent, useEffect, useRef, useState } from 'react'
import type { FieldPath, FieldValues, SubmitErrorHandler, UseFormReturn } from 'react-hook-form'
import { isApiError, isTransientError, type ApiError } from '../../api/api-error'
import type { InvalidParameter } from '../../api/api-types'
import type { SubmissionProblem } from './submission-alert'
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard'

export interface ServerFieldErrors<P extends string> {
  fieldErrors: { name: P; message: string }[]
  /** Problems with no field to sit on: the form's alert lists them. */
  unmatched: string[]
}

export interface SaveFlowOptions<
  V extends FieldValues,
  B,
  R,
  P extends FieldPath<V> = FieldPath<V>,
> {
  form: UseFormReturn<V>
  /** What is saved, e.g. "backend cluster": the unsaved-changes dialog names it. */
  entity: string
  toBody: (values: V) => B
  /** Last look before sending (edit shows the changes); false cancels and keeps everything typed. */
  beforeSave?: (body: B, values: V) => Promise<boolean>
  save: (body: B) => Promise<R>
  onSaved: (saved: R) => void
  /**
   * Puts a 409 on its field and returns true, or returns false when it has none (the alert shows
   * Konnect's detail). `maybeOurs`: a create that timed out may have happened after all.
   */
  onConflict: (error: ApiError, values: V, maybeOurs: boolean) => boolean
  /** Konnect's invalid_parameters, placed on the form's fields. */
  mapInvalidParameters: (params: readonly InvalidParameter[], values: V) => ServerFieldErrors<P>
  /** Form order, so the first field in the form takes the focus. */
  compareFields: (a: P, b: P) => number
  create: boolean
  onInvalid?: SubmitErrorHandler<V>
}

/**
 * A form's save: one request per intent, a last look, Konnect's errors on their fields (or in the
 * focused alert), and a guard against leaving with unsaved changes. Shared by both entity forms.
 */
export function useSaveFlow<V extends FieldValues, B, R, P extends FieldPath<V> = FieldPath<V>>(
  options: SaveFlowOptions<V, B, R, P>,
) {
  const { form, entity, create } = options
  const { handleSubmit, setError, control } = form
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<SubmissionProblem | null>(null)
  const inFlight = useRef(false)
  const lastFailureTransient = useRef(false)
  const alertRef = useRef<HTMLDivElement>(null)
  const guard = useUnsavedChangesGuard(control, entity)

  useEffect(() => {
    if (problem) alertRef.current?.focus()
  }, [problem])

  const showFailure = (error: unknown, values: V) => {
    const afterUnansweredAttempt = lastFailureTransient.current
    lastFailureTransient.current = isTransientError(error)
    if (
      isApiError(error, 409) &&
      options.onConflict(error, values, create && afterUnansweredAttempt)
    ) {
      return
    }
    if (isApiError(error, 400) && error.invalidParameters.length > 0) {
      const { fieldErrors, unmatched } = options.mapInvalidParameters(
        error.invalidParameters,
        values,
      )
      const sorted = [...fieldErrors].sort((a, b) => options.compareFields(a.name, b.name))
      sorted.forEach(({ name, message }, index) =>
        setError(
          name,
          { type: 'server', message },
          { shouldFocus: index === 0 && unmatched.length === 0 },
        ),
      )
      if (unmatched.length > 0) setProblem({ kind: 'fields', messages: unmatched })
      return
    }
    setProblem({ kind: 'error', error })
  }

  const submit = async (values: V) => {
    // One request per intent, however often Save is clicked or Enter pressed.
    if (inFlight.current) return
    inFlight.current = true
    setPending(true)
    setProblem(null)
    try {
      const body = options.toBody(values)
      if (options.beforeSave && !(await options.beforeSave(body, values))) return
      const saved = await options.save(body)
      guard.allowNextNavigation()
      options.onSaved(saved)
    } catch (error) {
      showFailure(error, values)
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  const onSubmit = (event?: BaseSyntheticEvent) => handleSubmit(submit, options.onInvalid)(event)
  return { pending, problem, alertRef, guardDialog: guard.dialog, onSubmit }
}
