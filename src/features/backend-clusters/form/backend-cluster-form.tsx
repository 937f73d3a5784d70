import { zodResolver } from '@hookform/resolvers/zod'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import { type BaseSyntheticEvent, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { isApiError, isTransientError } from '../../../api/api-error'
import type { BackendCluster, EventGateway } from '../../../api/api-types'
import { AdvancedSection } from './fields/advanced-section'
import { AuthenticationSection } from './fields/authentication-section'
import { createBackendClusterFormSchema } from './rules/backend-cluster-form-schema'
import type { BackendClusterFormValues } from './backend-cluster-form-values'
import { toRequestBody, type SaveBody } from './mapping/backend-cluster-request-mapper'
import { fieldRank } from './form-field-order'
import { GeneralSection } from './fields/general-section'
import { LiveConfigurationPanel } from './live-configuration-panel'
import { isRuntimeAtLeast, MTLS_MIN_RUNTIME } from '../../../api/runtime-version'
import { mapInvalidParameters } from './mapping/server-error-mapping'
import { SubmissionAlert, type SubmissionProblem } from '../../../components/form/submission-alert'
import { TlsSection } from './fields/tls-section'
import { useUnsavedChangesGuard } from '../../../components/form/use-unsaved-changes-guard'

interface BackendClusterFormProps {
  mode: 'create' | 'edit'
  gateway: EventGateway
  defaultValues: BackendClusterFormValues
  /** The cluster being edited, so its own name is not reported as taken. */
  clusterId?: string
  /** Sends the body; rejects with ApiError / NetworkError / TimeoutError. */
  save: (body: SaveBody) => Promise<BackendCluster>
  onSaved: (cluster: BackendCluster) => void
  onCancel: () => void
  /** Last look before sending (edit shows the changes); false cancels and keeps everything typed. */
  beforeSave?: (body: SaveBody) => Promise<boolean>
  /** Edit: Save stays disabled until something changed. */
  requireChanges?: boolean
}

export function BackendClusterForm({
  mode,
  gateway,
  defaultValues,
  clusterId,
  save,
  onSaved,
  onCancel,
  beforeSave,
  requireChanges = false,
}: BackendClusterFormProps) {
  const mtlsSupported = isRuntimeAtLeast(gateway.min_runtime_version, MTLS_MIN_RUNTIME)
  const schema = useMemo(
    () => createBackendClusterFormSchema({ mode, mtlsSupported }),
    [mode, mtlsSupported],
  )
  const form = useForm<BackendClusterFormValues>({
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
  const guard = useUnsavedChangesGuard(formState.isDirty, 'backend cluster')

  useEffect(() => {
    if (problem) alertRef.current?.focus()
  }, [problem])

  const submit = async (values: BackendClusterFormValues) => {
    // One request per intent, however often Save is clicked or Enter pressed.
    if (inFlight.current) return
    inFlight.current = true
    setPending(true)
    setProblem(null)
    try {
      const body = toRequestBody(mode, values)
      if (beforeSave && !(await beforeSave(body))) return
      const cluster = await save(body)
      guard.allowNextNavigation()
      onSaved(cluster)
    } catch (error) {
      showFailure(error, values)
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  const showFailure = (error: unknown, values: BackendClusterFormValues) => {
    const afterUnansweredAttempt = lastFailureTransient.current
    lastFailureTransient.current = isTransientError(error)
    if (isApiError(error, 409)) {
      const name = values.name.trim()
      // A create that timed out may still have happened: then the clash is with our own cluster.
      const maybeOurs = mode === 'create' && afterUnansweredAttempt
      setError(
        'name',
        {
          type: 'server',
          message: maybeOurs
            ? `"${name}" already exists — possibly created by your earlier attempt, which did not answer in time. Check the list before trying another name.`
            : `A backend cluster named "${name}" already exists in this gateway.`,
        },
        { shouldFocus: true },
      )
      return
    }
    if (isApiError(error, 400) && error.invalidParameters.length > 0) {
      const { fieldErrors, unmatched } = mapInvalidParameters(error.invalidParameters, values)
      const sorted = [...fieldErrors].sort((a, b) => fieldRank(a.name) - fieldRank(b.name))
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

  const onSubmit = (event?: BaseSyntheticEvent) => handleSubmit(submit)(event)
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
          aria-label={mode === 'create' ? 'New backend cluster' : 'Edit backend cluster'}
          onSubmit={(event) => void onSubmit(event)}
        >
          <Stack spacing={3}>
            {problem ? (
              <SubmissionAlert
                entity="backend cluster"
                ref={alertRef}
                problem={problem}
                onRetry={() => void onSubmit()}
              />
            ) : null}
            <GeneralSection gatewayId={gateway.id} ownId={clusterId} />
            <AuthenticationSection gatewayId={gateway.id} clusterId={clusterId} />
            <TlsSection
              mtlsSupported={mtlsSupported}
              runtimeVersion={gateway.min_runtime_version}
            />
            <AdvancedSection />
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
          <LiveConfigurationPanel mode={mode} gatewayId={gateway.id} clusterId={clusterId} />
        </Box>
      </Box>
      {guard.dialog}
    </FormProvider>
  )
}
