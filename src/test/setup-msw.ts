// Every src test talks to the same mock API the demo uses; unknown requests fail the test.
import { afterAll, afterEach, beforeAll } from 'vitest'
import { mockServer, mockStore } from '../mocks/node'

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  mockServer.resetHandlers()
  mockStore.reset()
})
afterAll(() => mockServer.close())
