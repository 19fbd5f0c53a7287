import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and electron/ services run in Node; renderer tests opt
// into a DOM with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
