// A deep link's HTML starts the Konnect reads its page waits for (server/route-data.ts). A URL there
// that differs from the app's own request by a byte is worse than none: the browser asks twice.
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import { expect, test } from './konnect-fixtures'

const gw = SEED_GATEWAYS.payments.id
const cluster = SEED_CLUSTERS.paymentsCore.id
const virtual = SEED_VIRTUAL_CLUSTERS.paymentsPublic.id
const api = `/api/konnect/event-gateways/${gw}`

const PAGES: { path: string; heading: string | RegExp; reads: string[] }[] = [
  {
    path: `/event-gateways/${gw}/backend-clusters/new`,
    heading: 'New backend cluster',
    reads: [api],
  },
  {
    path: `/event-gateways/${gw}/backend-clusters`,
    heading: 'Backend Clusters',
    reads: [api, `${api}/backend-clusters?page[size]=25`],
  },
  {
    path: `/event-gateways/${gw}/backend-clusters/${cluster}`,
    heading: SEED_CLUSTERS.paymentsCore.name,
    reads: [
      api,
      `${api}/backend-clusters/${cluster}`,
      `${api}/virtual-clusters?page[size]=25&filter[backend_cluster_id][eq]=${cluster}`,
    ],
  },
  {
    path: `/event-gateways/${gw}/backend-clusters/${cluster}/edit`,
    heading: /^Edit/,
    reads: [api, `${api}/backend-clusters/${cluster}`],
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters/${virtual}`,
    heading: SEED_VIRTUAL_CLUSTERS.paymentsPublic.name,
    reads: [api, `${api}/virtual-clusters/${virtual}`],
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters`,
    heading: 'Virtual Clusters',
    reads: [api, `${api}/virtual-clusters?page[size]=25`],
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters/new`,
    heading: 'New virtual cluster',
    reads: [api],
  },
  {
    // Redirects to the gateway's backend clusters.
    path: `/event-gateways/${gw}`,
    heading: 'Backend Clusters',
    reads: [api, `${api}/backend-clusters?page[size]=25`],
  },
  {
    path: '/event-gateways',
    heading: 'Event Gateways',
    reads: ['/api/konnect/event-gateways?page[size]=100'],
  },
]

for (const { path, heading, reads } of PAGES) {
  test(`${path.replace(gw, '{gateway}')}: the reads the page waits for start from its HTML, once`, async ({
    page,
  }) => {
    // When the page's heading first enters the document: its loaders have answered by then.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('h1')) return
        Object.assign(window, { headingAt: performance.now() })
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()

    const seen = await page.evaluate(() => {
      const headingAt = (window as unknown as { headingAt: number }).headingAt
      const api = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/konnect/'))
        .map((entry) => ({
          url: decodeURI(entry.name.slice(location.origin.length)),
          by: (entry as PerformanceResourceTiming).initiatorType,
          before: entry.startTime < headingAt,
        }))
      return {
        preloaded: api.filter((entry) => entry.by === 'link').map((entry) => entry.url),
        // A read the app had to send itself before it could draw: a preload missed it.
        fetchedBeforeHeading: api
          .filter((entry) => entry.by !== 'link' && entry.before)
          .map((entry) => entry.url),
      }
    })
    expect(seen.preloaded.sort()).toEqual([...reads].sort())
    expect(seen.fetchedBeforeHeading).toEqual([])
  })
}
