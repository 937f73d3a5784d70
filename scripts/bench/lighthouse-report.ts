// The figures bench:load takes from one Lighthouse JSON report (Lighthouse 12).
import { z } from 'zod'

const categorySchema = z.object({
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
})

const auditSchema = z.object({
  score: z.number().nullable(),
  numericValue: z.number().optional(),
  errorMessage: z.string().optional(),
  details: z.object({ items: z.array(z.unknown()).optional() }).optional(),
})

const issueItemSchema = z.object({ issueType: z.string() })

const resourceSummaryItemSchema = z.object({ resourceType: z.string(), transferSize: z.number() })

export const lighthouseReportSchema = z.object({
  lighthouseVersion: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  categories: z.object({
    performance: categorySchema,
    accessibility: categorySchema,
    'best-practices': categorySchema,
  }),
  audits: z.record(z.string(), auditSchema),
})

export type LighthouseReport = z.infer<typeof lighthouseReportSchema>

/** One Lighthouse run of one page. */
export interface LoadFigures {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  /** Bytes of JavaScript as transferred (compressed, with headers). */
  jsBytes: number
  /** Scored audits that did not pass in the accessibility and best-practices categories (with issue kinds). */
  failedAudits: string[]
}

function score(report: LighthouseReport, category: keyof LighthouseReport['categories']): number {
  const value = report.categories[category].score
  if (value === null) {
    // A category has no score when one of its audits errored; say which.
    const errors = report.categories[category].auditRefs.flatMap((ref) => {
      const message = report.audits[ref.id]?.errorMessage
      return message === undefined ? [] : [`${ref.id}: ${message}`]
    })
    throw new Error(
      `Lighthouse gave no ${category} score (${errors.join('; ') || 'no audit error'})`,
    )
  }
  return value
}

function numericAudit(report: LighthouseReport, id: string): number {
  const value = report.audits[id]?.numericValue
  if (value === undefined) throw new Error(`Lighthouse report has no figure for ${id}`)
  return value
}

function scriptBytes(report: LighthouseReport): number {
  const items = z
    .array(resourceSummaryItemSchema)
    .parse(report.audits['resource-summary']?.details?.items ?? [])
  const scripts = items.find((item) => item.resourceType === 'script')
  if (!scripts) throw new Error('Lighthouse report has no script row in resource-summary')
  return scripts.transferSize
}

function failedAudits(report: LighthouseReport): string[] {
  const { accessibility, 'best-practices': bestPractices } = report.categories
  return [...accessibility.auditRefs, ...bestPractices.auditRefs]
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const auditScore = report.audits[ref.id]?.score
      return auditScore !== undefined && auditScore !== null && auditScore < 1
    })
    .map((ref) => {
      // inspector-issues names the kinds of DevTools issues it found; worth printing.
      const kinds = (report.audits[ref.id]?.details?.items ?? []).flatMap((item) => {
        const parsed = issueItemSchema.safeParse(item)
        return parsed.success ? [parsed.data.issueType] : []
      })
      return kinds.length === 0 ? ref.id : `${ref.id} [${kinds.join(', ')}]`
    })
}

/** Reads the figures from a parsed report; throws if Lighthouse itself failed. */
export function loadFigures(json: unknown): LoadFigures {
  const report = lighthouseReportSchema.parse(json)
  if (report.runtimeError) {
    throw new Error(`Lighthouse failed: ${report.runtimeError.code} ${report.runtimeError.message}`)
  }
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    lcpMs: numericAudit(report, 'largest-contentful-paint'),
    tbtMs: numericAudit(report, 'total-blocking-time'),
    jsBytes: scriptBytes(report),
    failedAudits: failedAudits(report),
  }
}
