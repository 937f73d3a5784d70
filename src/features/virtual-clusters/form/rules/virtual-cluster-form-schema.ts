// The one zod schema of the virtual-cluster form. Field types are plain; every rule lives in a small
// rule function so all problems show at once and each carries a FormSchemaIssueCode.
import { z } from 'zod'
import { labelIssues } from '../../../../components/form/label-rules'
import { descriptionIssues, nameIssues } from '../../../../components/form/name-rules'
import {
  ACL_MODES,
  AUTH_METHOD_KINDS,
  CONFLICT_MODES,
  FAILURE_MODES,
  NAMESPACE_MODES,
  OAUTH_MEDIATIONS,
  PLAIN_MEDIATIONS,
  SCRAM_ALGORITHMS,
  SELECTOR_KINDS,
} from '../virtual-cluster-form-values'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { authenticationIssues } from './authentication-rules'
import { dnsLabelIssues } from './dns-label-rules'
import type { FormContext } from './form-context'
import { isFormSchemaIssueCode, issue } from './form-rule-issue'
import type { FormRuleIssue, FormSchemaIssueCode } from './form-rule-issue'
import { namespaceIssues, topicAliasIssues } from './namespace-rules'

export type { FormContext } from './form-context'
export type { FormSchemaIssueCode } from './form-rule-issue'
export { STRICTER_THAN_SPEC } from './form-rule-issue'

const selector = z.object({
  kind: z.enum(SELECTOR_KINDS),
  glob: z.string(),
  exactList: z.string(),
  conflict: z.enum(CONFLICT_MODES),
})

const fieldTypes = z.object({
  name: z.string(),
  description: z.string(),
  dnsLabel: z.string(),
  destination: z.object({ id: z.string(), name: z.string() }).nullable(),
  authentication: z.array(
    z.object({
      kind: z.enum(AUTH_METHOD_KINDS),
      plainMediation: z.enum(PLAIN_MEDIATIONS),
      principals: z.array(
        z.object({
          username: z.string(),
          password: z.string(),
          passwordStored: z.boolean(),
          storedFor: z.object({ username: z.string(), plainRank: z.number() }).nullable(),
        }),
      ),
      scramAlgorithm: z.enum(SCRAM_ALGORITHMS),
      oauthMediation: z.enum(OAUTH_MEDIATIONS),
      jwksEndpoint: z.string(),
      jwksTimeout: z.string(),
      jwksCacheExpiration: z.string(),
      issuer: z.string(),
      audiences: z.array(z.object({ name: z.string() })),
      claimSub: z.string(),
      claimScope: z.string(),
      kongIdentity: z.object({
        enabled: z.boolean(),
        directory: z.string(),
        fetchByKey: z.string(),
        failureMode: z.enum(FAILURE_MODES),
      }),
    }),
  ),
  aclMode: z.enum(ACL_MODES),
  namespaceEnabled: z.boolean(),
  namespaceMode: z.enum(NAMESPACE_MODES),
  namespacePrefix: z.string(),
  namespaceTopics: z.array(selector),
  namespaceConsumerGroups: z.array(selector),
  topicAliases: z.array(
    z.object({
      alias: z.string(),
      topic: z.string(),
      condition: z.string(),
      conflict: z.enum(CONFLICT_MODES),
    }),
  ),
  labels: z.array(z.object({ key: z.string(), value: z.string() })),
})

function destinationIssues(values: VirtualClusterFormValues): FormRuleIssue[] {
  return values.destination === null || values.destination.id === ''
    ? [issue(['destination'], 'destination-required', 'Choose the backend cluster to route to')]
    : []
}

/** Every rule of the form, in the order the fields appear. */
export function formRuleIssues(
  values: VirtualClusterFormValues,
  ctx: FormContext,
): FormRuleIssue[] {
  return [
    ...nameIssues(values.name),
    ...descriptionIssues(values.description),
    ...dnsLabelIssues(values.dnsLabel),
    ...destinationIssues(values),
    ...authenticationIssues(values, ctx),
    ...namespaceIssues(values),
    ...topicAliasIssues(values, ctx),
    ...labelIssues(values.labels),
  ]
}

export function createVirtualClusterFormSchema(ctx: FormContext) {
  return fieldTypes.superRefine((values, zodCtx) => {
    for (const found of formRuleIssues(values, ctx)) {
      zodCtx.addIssue({
        code: 'custom',
        path: found.path,
        message: found.message,
        params: { formIssueCode: found.code },
      })
    }
  }) satisfies z.ZodType<VirtualClusterFormValues, VirtualClusterFormValues>
}

/** The form's code for a zod issue produced by the schema; undefined for plain type errors. */
export function formIssueCode(zodIssue: z.core.$ZodIssue): FormSchemaIssueCode | undefined {
  if (zodIssue.code !== 'custom') return undefined
  const code: unknown = zodIssue.params?.formIssueCode
  return isFormSchemaIssueCode(code) ? code : undefined
}
