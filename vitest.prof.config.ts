import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['apps/server/test/reliability/reconnect-storm.test.ts'],
    pool: 'forks',
    execArgv: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'],
  },
});
