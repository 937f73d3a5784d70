// The mock API for Vitest: the seeded store behind msw/node, no latency. Tests reset the store
// after each test and override handlers with `mockServer.use(...)`.
import { setupServer } from 'msw/node'
import { API_BASE_PATH } from '../config/app-config'
import { createHandlers } from './handlers'
import { MockStore } from './mock-store'

export const mockStore = new MockStore()

export const mockServer = setupServer(
  ...createHandlers({ store: mockStore, baseUrl: `*${API_BASE_PATH}` }),
)
