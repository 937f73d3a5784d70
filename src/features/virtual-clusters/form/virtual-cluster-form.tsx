import { zodResolver } from '@hookform/resolvers/zod'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import { useQueryClient } from '@tanstack/react-query'
import { type BaseSyntheticEvent, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form'
import { isApiError, isTransientError } from '../../../api/api-error'
import type { EventGateway, VirtualCluster } from '../../../api/api-types'
import { FormSection } from '../../../components/form/form-section'
import { LabelsField } from '../../../components/form/labels-field'
import { SubmissionAlert, type SubmissionProblem } from '../../../components/form/submission-alert'
import { useUnsavedChangesGuard } from '../../../components/form/use-unsaved-changes-guard'
import { AccessSection } from './fields/access-section'
import { AuthenticationSection } from './fields/authentication-section'
import { GeneralSection } from './fields/general-section'
import { NamespaceSection } from './fields/namespace-section'
import { TopicAliasesSection } from './fields/topic-aliases-section'
import { compareFieldPaths } from './form-field-order'
import { LiveConfigurationPanel } from './live-configuration-panel'
import { mapInvalidParameters } from './mapping/server-error-mapping'
import {
  toRequestBody,
  type VirtualClusterRequestBody,
} from './mapping/virtual-cluster-request-mapper'
import { createVirtualClusterFormSchema } from './rules/virtual-cluster-form-schema'
import { anonymousAccessLookup } from './use-destination'
import type { VirtualClusterFormValues } from './virtual-cluster-form-values'
import { runtimeSupport } from './virtual-cluster-runtime'

interface VirtualClusterFormProps {
  mode: 'create' | 'edit'
  gateway: EventGateway
  defaultValues: VirtualClusterFormValues
  /** The virtual cluster being edited, so its own name is not reported as taken. */
  virtualClusterId?: string
  /** Edit: per SASL/PLAIN method in order, the usernames whose password Konnect keeps. */
  storedPrincipals?: readonly (readonly string[])[]
  /** Sends the body; rejects with ApiError / NetworkError / TimeoutError. */
  save: (body: VirtualClusterRequestBody) => Promise<VirtualCluster>
  onSaved: (virtualCluster: VirtualCluster) => void
  onCancel: () => void
  /** Last look before sending (edit shows the changes); false cancels and keeps everything typed. */
  beforeSave?: (
    body: VirtualClusterRequestBody,
    values: VirtualClusterFormValues,
  ) => Promise<boolean>
  /** Edit: Save stays disabled until something changed. */
  requireChanges?: boolean
}

/**
 * The field a 409 is about: "…with the DNS label [x] already exists" names the DNS label, "…named [x]
 * already exists" the name; any other conflict has no field (undefined) and shows as it is.
 */
function conflictField(detail: string): 'name' | 'dnsLabel' | undefined {
  if (/\bdns[ _-]?label\b/i.test(detail)) return 'dnsLabel'
  if (/\bnamed?\b/i.test(detail)) return 'name'
  return undefined
}

export function VirtualClusterForm({
  mode,
  gateway,
  defaultValues,
  virtualClusterId,
  storedPrincipals,
  save,
  onSaved,
  onCancel,
  beforeSave,
  requireChanges = false,
}: VirtualClusterFormProps) {
  const queryClient = useQueryClient()
  const runtime = useMemo(
    () => runtimeSupport(gateway.min_runtime_version),
    [gateway.min_runtime_version],
  )
  const schema = useMemo(
    () =>
      createVirtualClusterFormSchema({
        mode,
        runtime,
        storedPrincipals,
        // Read from the cache when the rules run: the backend-cluster field keeps it loaded.
        anonymousAllowed: anonymousAccessLookup(queryClient, gateway.id),
      }),
    [mode, runtime, storedPrincipals, queryClient, gateway.id],
  )
  const form = useForm<VirtualClusterFormValues>({
    defaultValues,
    resolver: zodResolver(schema),
    mode: 'onTouched',
  })
  const { handleSubmit, setError, formState } = form
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<SubmissionProblem | null>(null)
  const inFlight = useRef(false)
  const lastFailureTransient = useRef(false)
  const alertRef = useRef<HTMLDivElement>(null)
  const addMethodButton = useRef<HTMLElement | null>(null)
  const guard = useUnsavedChangesGuard(formState.isDirty, 'virtual cluster')

  useEffect(() => {
    if (problem) alertRef.current?.focus()
  }, [problem])

  const submit = async (values: VirtualClusterFormValues) => {
    // One request per intent, however often Save is clicked or Enter pressed.
    if (inFlight.current) return
    inFlight.current = true
    setPending(true)
    setProblem(null)
    try {
      const body = toRequestBody(mode, values)
      if (beforeSave && !(await beforeSave(body, values))) return
      const saved = await save(body)
      guard.allowNextNavigation()
      onSaved(saved)
    } catch (error) {
      showFailure(error, values)
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  const showFailure = (error: unknown, values: VirtualClusterFormValues) => {
    const afterUnansweredAttempt = lastFailureTransient.current
    lastFailureTransient.current = isTransientError(error)
    const field = isApiError(error, 409) ? conflictField(error.detail) : undefined
    if (field !== undefined) {
      // A create that timed out may still have happened: then the clash is with our own.
      const maybeOurs = mode === 'create' && afterUnansweredAttempt
      const value = field === 'name' ? values.name.trim() : values.dnsLabel.trim()
      const message = maybeOurs
        ? `"${value}" already exists — possibly created by your earlier attempt, which did not answer in time. Check the list before trying again.`
        : field === 'name'
          ? `A virtual cluster named "${value}" already exists in this gateway.`
          : `Another virtual cluster of this gateway uses the DNS label "${value}".`
      setError(field, { type: 'server', message }, { shouldFocus: true })
      return
    }
    if (isApiError(error, 400) && error.invalidParameters.length > 0) {
      const { fieldErrors, unmatched } = mapInvalidParameters(error.invalidParameters, values)
      const sorted = [...fieldErrors].sort((a, b) => compareFieldPaths(a.name, b.name))
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

  /** "Add at least one authentication method" has no field to focus: the Add button takes it. */
  const onInvalid = (errors: FieldErrors<VirtualClusterFormValues>) => {
    const onlyList = errors.authentication && !Array.isArray(errors.authentication)
    if (onlyList && Object.keys(errors).length === 1) addMethodButton.current?.focus()
  }

  const onSubmit = (event?: BaseSyntheticEvent) => handleSubmit(submit, onInvalid)(event)
  return (
    <FormProvider {...form}>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: {
            xs: '1fr',
            lg: 'minmax(0, 1fr) minmax(0, 1fr)',
            xl: 'minmax(0, 7fr) minmax(0, 6fr)',
          },
        }}
      >
        <Box
          component="form"
          noValidate
          aria-label={mode === 'create' ? 'New virtual cluster' : 'Edit virtual cluster'}
          onSubmit={(event) => void onSubmit(event)}
        >
          <Stack spacing={3}>
            {problem ? (
              <SubmissionAlert
                entity="virtual cluster"
                ref={alertRef}
                problem={problem}
                onRetry={() => void onSubmit()}
              />
            ) : null}
            <GeneralSection mode={mode} gatewayId={gateway.id} ownId={virtualClusterId} />
            <AuthenticationSection
              gatewayId={gateway.id}
              runtime={runtime}
              addButtonRef={addMethodButton}
            />
            <AccessSection />
            <NamespaceSection />
            <TopicAliasesSection runtime={runtime} />
            <FormSection title="Metadata">
              <LabelsField />
            </FormSection>
            <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
              <Button onClick={onCancel} disabled={pending}>
                Cancel
              </Button>
              <Button
                type="submit"
                variant="contained"
                disabled={pending || (requireChanges && !formState.isDirty)}
                startIcon={
                  pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
                }
              >
                Save
              </Button>
            </Stack>
          </Stack>
        </Box>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, alignSelf: 'start' }}>
          <LiveConfigurationPanel
            mode={mode}
            gatewayId={gateway.id}
            virtualClusterId={virtualClusterId}
          />
        </Box>
      </Box>
      {guard.dialog}
    </FormProvider>
  )
}
