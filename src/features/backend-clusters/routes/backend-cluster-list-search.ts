import { z } from 'zod'

export const PAGE_SIZES = [10, 25, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 25

/** The list's view state lives in the URL: reload, back and shared links show the same page. */
export const backendClusterListSearchSchema = z.object({
  q: z.string().max(255).optional().catch(undefined),
  size: z
    .union(PAGE_SIZES.map((size) => z.literal(size)))
    .optional()
    .catch(undefined),
  after: z.string().max(2048).optional().catch(undefined),
})

export type BackendClusterListSearch = z.infer<typeof backendClusterListSearchSchema>
