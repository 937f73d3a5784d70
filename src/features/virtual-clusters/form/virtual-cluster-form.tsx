import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form'
import type { EventGateway, VirtualCluster } from '../../../api/api-types'
import { FormSection } from '../../../components/form/form-section'
import { LabelsField } from '../../../components/form/labels-field'
import { lazyResolver } from '../../../components/form/lazy-resolver'
import { EntityFormLayout } from '../../../components/form/entity-form-layout'
import { SubmissionAlert } from '../../../components/form/submission-alert'
import { useSaveFlow } from '../../../components/form/use-save-flow'
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
  // The rules (and zod) load when the form is first used: a split point, see lazyResolver.
  const rules = useMemo(
    () =>
      lazyResolver<VirtualClusterFormValues>(async () => {
        const { createVirtualClusterFormSchema } =
          await import('./rules/virtual-cluster-form-schema')
        const schema = createVirtualClusterFormSchema({
          mode,
          runtime,
          storedPrincipals,
          // Read from the cache when the rules run: the backend-cluster field keeps it loaded.
          anonymousAllowed: anonymousAccessLookup(queryClient, gateway.id),
        })
        return zodResolver(schema)
      }),
    [mode, runtime, storedPrincipals, queryClient, gateway.id],
  )
  const form = useForm<VirtualClusterFormValues>({
    defaultValues,
    resolver: rules.resolver,
    mode: 'onTouched',
  })
  const { setError, formState } = form
  const addMethodButton = useRef<HTMLElement | null>(null)
  /** "Add at least one authentication method" has no field to focus: the Add button takes it. */
  const onInvalid = (errors: FieldErrors<VirtualClusterFormValues>) => {
    const onlyList = errors.authentication && !Array.isArray(errors.authentication)
    if (onlyList && Object.keys(errors).length === 1) addMethodButton.current?.focus()
  }
  const { pending, problem, alertRef, guardDialog, onSubmit } = useSaveFlow({
    form,
    entity: 'virtual cluster',
    create: mode === 'create',
    toBody: (values: VirtualClusterFormValues) => toRequestBody(mode, values),
    beforeSave,
    save,
    onSaved,
    onConflict: (error, values, maybeOurs) => {
      const field = conflictField(error.detail)
      if (field === undefined) return false
      const value = field === 'name' ? values.name.trim() : values.dnsLabel.trim()
      const message = maybeOurs
        ? `"${value}" already exists — possibly created by your earlier attempt, which did not answer in time. Check the list before trying again.`
        : field === 'name'
          ? `A virtual cluster named "${value}" already exists in this gateway.`
          : `Another virtual cluster of this gateway uses the DNS label "${value}".`
      setError(field, { type: 'server', message }, { shouldFocus: true })
      return true
    },
    mapInvalidParameters,
    compareFields: compareFieldPaths,
    onInvalid,
  })

  return (
    <FormProvider {...form}>
      <EntityFormLayout
        label={mode === 'create' ? 'New virtual cluster' : 'Edit virtual cluster'}
        onSubmit={(event) => void onSubmit(event)}
        onCancel={onCancel}
        pending={pending}
        onInteract={rules.preload}
        saveDisabled={requireChanges && !formState.isDirty}
        aside={
          <LiveConfigurationPanel
            mode={mode}
            gatewayId={gateway.id}
            virtualClusterId={virtualClusterId}
          />
        }
      >
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
      </EntityFormLayout>
      {guardDialog}
    </FormProvider>
  )
}
