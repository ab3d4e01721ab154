import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts'],
    // Property tests (2,000 cases), LibreOffice renders and CLI runs take seconds; on a busy
    // 2-core CI machine the default 5 s would make them fail for no reason of their own.
    testTimeout: 60_000,
  },
});
