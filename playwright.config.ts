import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests on a production build of Phare, with ECLAIRE replaced by the local emulator
 * (fictional demo dataset). Debian's Chromium is used: Playwright's own browser download is not possible here.
 */
// Overridable so that several checkouts can run their suites side by side on one machine.
const APP_PORT = Number(process.env.PHARE_E2E_APP_PORT ?? 3100);
const EMULATOR_PORT = Number(process.env.PHARE_E2E_EMULATOR_PORT ?? 8788);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx tsx scripts/emulator.ts',
      url: `${EMULATOR_URL}/R4/ResearchStudy?_count=0`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { PORT: String(EMULATOR_PORT), EMULATOR_STUDIES: '12000' },
    },
    {
      command: 'node scripts/start.mjs',
      // Ready once the first sync from the emulator has filled the mirror.
      url: `${APP_URL}/api/health?pret=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
      env: {
        PORT: String(APP_PORT),
        // Always test the code as it is now, never a build left from an earlier checkout.
        PHARE_FORCE_BUILD: '1',
        ECLAIRE_BASE_URL: `${EMULATOR_URL}/R4`,
        ECLAIRE_MIN_INTERVAL_MS: '0',
        PHARE_DATA_DIR: '.data-e2e',
        PHARE_DEMO: '0',
        // High enough for the suite's own browsing from 127.0.0.1, low enough for the limit test to reach.
        PHARE_API_RATE_LIMIT: '1000',
        PHARE_PAGE_RATE_LIMIT: '1000',
        PHARE_TILE_URL: `${APP_URL}/tuiles-test/{z}/{x}/{y}.png`,
        // The blank-tile route answers 404 unless this is set (app/tuiles-test).
        PHARE_TEST_TILES: '1',
      },
    },
  ],
});
