// The figures bench:load takes from one Lighthouse JSON report (Lighthouse 12).
import { z } from 'zod'

const categorySchema = z.object({
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
})

const auditSchema = z.object({
  score: z.number().nullable(),
  numericValue: z.number().optional(),
  details: z.object({ items: z.array(z.unknown()).optional() }).optional(),
})

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
  /** Scored audits that did not pass in the accessibility and best-practices categories. */
  failedAudits: string[]
}

function score(report: LighthouseReport, category: keyof LighthouseReport['categories']): number {
  const value = report.categories[category].score
  if (value === null) throw new Error(`Lighthouse gave no ${category} score`)
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
    .map((ref) => ref.id)
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
