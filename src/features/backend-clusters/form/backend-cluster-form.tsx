import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { BackendCluster, EventGateway } from '../../../api/api-types'
import { AdvancedSection } from './fields/advanced-section'
import { AuthenticationSection } from './fields/authentication-section'
import type { BackendClusterFormValues } from './backend-cluster-form-values'
import { toRequestBody, type SaveBody } from './mapping/backend-cluster-request-mapper'
import { fieldRank } from './form-field-order'
import { GeneralSection } from './fields/general-section'
import { LiveConfigurationPanel } from './live-configuration-panel'
import { isRuntimeAtLeast, MTLS_MIN_RUNTIME } from '../../../api/runtime-version'
import { mapInvalidParameters } from './mapping/server-error-mapping'
import { lazyResolver } from '../../../components/form/lazy-resolver'
import { EntityFormLayout } from '../../../components/form/entity-form-layout'
import { SubmissionAlert } from '../../../components/form/submission-alert'
import { useSaveFlow } from '../../../components/form/use-save-flow'
import { TlsSection } from './fields/tls-section'

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
  // The rules (and zod) load when the form is first used: a split point, see lazyResolver.
  const rules = useMemo(
    () =>
      lazyResolver<BackendClusterFormValues>(async () => {
        const { createBackendClusterFormSchema } =
          await import('./rules/backend-cluster-form-schema')
        return zodResolver(createBackendClusterFormSchema({ mode, mtlsSupported }))
      }),
    [mode, mtlsSupported],
  )
  const form = useForm<BackendClusterFormValues>({
    defaultValues,
    resolver: rules.resolver,
    mode: 'onTouched',
  })
  const { setError, formState } = form
  const { pending, problem, alertRef, guardDialog, onSubmit } = useSaveFlow({
    form,
    entity: 'backend cluster',
    create: mode === 'create',
    toBody: (values: BackendClusterFormValues) => toRequestBody(mode, values),
    beforeSave: beforeSave && ((body) => beforeSave(body)),
    save,
    onSaved,
    onConflict: (_error, values, maybeOurs) => {
      const name = values.name.trim()
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
      return true
    },
    mapInvalidParameters,
    compareFields: (a, b) => fieldRank(a) - fieldRank(b),
  })

  return (
    <FormProvider {...form}>
      <EntityFormLayout
        label={mode === 'create' ? 'New backend cluster' : 'Edit backend cluster'}
        onSubmit={(event) => void onSubmit(event)}
        onCancel={onCancel}
        pending={pending}
        onInteract={rules.preload}
        saveDisabled={requireChanges && !formState.isDirty}
        aside={<LiveConfigurationPanel mode={mode} gatewayId={gateway.id} clusterId={clusterId} />}
      >
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
        <TlsSection mtlsSupported={mtlsSupported} runtimeVersion={gateway.min_runtime_version} />
        <AdvancedSection />
      </EntityFormLayout>
      {guardDialog}
    </FormProvider>
  )
}
