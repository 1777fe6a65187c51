// Quiet services in tests unless asked: TEST_LOG_LEVEL=debug npm run test:e2e
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
