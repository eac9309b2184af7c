import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON to a file path so that .ci/run can count every test that ran.
const jsonReport = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
