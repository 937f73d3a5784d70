import { useQuery } from '@tanstack/react-query'
import { demoRuntime } from '@demo-runtime'
import { z } from 'zod'

const infoSchema = z.object({ mode: z.enum(['demo', 'konnect']), region: z.string().optional() })

export type ConnectionInfo = z.infer<typeof infoSchema>

/** Which backend the console talks to; in Konnect mode the server says which region (never the token). */
export function useConnectionInfo(): ConnectionInfo | undefined {
  const { data } = useQuery({
    queryKey: ['console-info'],
    queryFn: async ({ signal }) => {
      const response = await fetch('/api/info', { signal })
      if (!response.ok) throw new Error(`GET /api/info answered ${response.status}`)
      return infoSchema.parse(await response.json())
    },
    enabled: !demoRuntime.enabled,
    staleTime: Infinity,
  })
  return demoRuntime.enabled ? { mode: 'demo' } : data
}
