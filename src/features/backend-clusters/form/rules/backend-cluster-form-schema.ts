// The one zod schema of the backend-cluster form. Field types are plain; every rule lives in a small
// rule function so all problems show at once and each carries a FormSchemaIssueCode.
import { z } from 'zod'
import { authIssues, tlsIssues } from './auth-and-tls-rules'
import type { FormContext } from './auth-and-tls-rules'
import { AUTH_CHOICES, TLS_VERSIONS } from '../backend-cluster-form-values'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { bootstrapServerIssues } from './bootstrap-servers'
import { isFormSchemaIssueCode } from './form-rule-issue'
import type { FormRuleIssue, FormSchemaIssueCode } from './form-rule-issue'
import { descriptionIssues, nameIssues } from '../../../../components/form/name-rules'
import { intervalIssues } from './interval-rules'
import { labelIssues } from '../../../../components/form/label-rules'

export type { FormContext } from './auth-and-tls-rules'
export type { FormSchemaIssueCode } from './form-rule-issue'
export { STRICTER_THAN_SPEC } from './form-rule-issue'
export { formWarnings } from './backend-cluster-form-warnings'
export type { FormWarning } from './backend-cluster-form-warnings'

const fieldTypes = z.object({
  name: z.string(),
  description: z.string(),
  bootstrapServers: z.array(z.string()),
  authType: z.enum(AUTH_CHOICES),
  username: z.string(),
  password: z.string(),
  passwordStored: z.boolean(),
  allowAnonymousVirtualClusterAuth: z.boolean(),
  tlsEnabled: z.boolean(),
  tlsSkipVerify: z.boolean(),
  caBundle: z.string(),
  tlsVersions: z.array(z.enum(TLS_VERSIONS)),
  mtlsEnabled: z.boolean(),
  clientCertificate: z.string(),
  clientKey: z.string(),
  clientKeyStored: z.boolean(),
  metadataUpdateIntervalSeconds: z.string(),
  labels: z.array(z.object({ key: z.string(), value: z.string() })),
})

/** Every rule of the form, in the order the fields appear. */
export function formRuleIssues(
  values: BackendClusterFormValues,
  ctx: FormContext,
): FormRuleIssue[] {
  return [
    ...nameIssues(values.name),
    ...descriptionIssues(values.description),
    ...bootstrapServerIssues(values.bootstrapServers),
    ...authIssues(values, ctx),
    ...tlsIssues(values, ctx),
    ...intervalIssues(values.metadataUpdateIntervalSeconds),
    ...labelIssues(values.labels),
  ]
}

export function createBackendClusterFormSchema(ctx: FormContext) {
  return fieldTypes.superRefine((values, zodCtx) => {
    for (const found of formRuleIssues(values, ctx)) {
      zodCtx.addIssue({
        code: 'custom',
        path: found.path,
        message: found.message,
        params: { formIssueCode: found.code },
      })
    }
  }) satisfies z.ZodType<BackendClusterFormValues, BackendClusterFormValues>
}

export type BackendClusterFormSchema = ReturnType<typeof createBackendClusterFormSchema>

/** The form's code for a zod issue produced by the schema; undefined for plain type errors. */
export function formIssueCode(zodIssue: z.core.$ZodIssue): FormSchemaIssueCode | undefined {
  if (zodIssue.code !== 'custom') return undefined
  const code: unknown = zodIssue.params?.formIssueCode
  return isFormSchemaIssueCode(code) ? code : undefined
}
