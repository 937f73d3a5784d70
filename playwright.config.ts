import { defineConfig, devices } from '@playwright/test'

const CI = Boolean(process.env.CI)
// Another port lets a second run (e.g. a clean-clone CI rehearsal) go on beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173)

// Debian's Chromium, never a downloaded browser; flags keep it quiet on a closed network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    // The app honours reduced motion (theme.ts): no colour blend is caught half-way by axe.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'demo',
      testIgnore: [/konnect\/.*/, /screens\.spec\.ts/],
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${PORT}`,
        launchOptions: chromium,
      },
    },
    {
      name: 'screens',
      testMatch: /screens\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${PORT}`,
        launchOptions: chromium,
      },
    },
    {
      // The production server in Konnect mode against a fake Konnect; e2e/konnect/konnect-fixtures.ts
      // starts both per worker on free ports (and sets baseURL), so no webServer entry and no port.
      name: 'konnect',
      testMatch: /konnect\/.*\.spec\.ts/,
      testIgnore: /screens\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium,
      },
    },
  ],
  webServer: [
    {
      // The built demo (npm test builds it first), served as a static host would.
      command: `npx vite preview --mode demo --outDir dist-demo --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
})
