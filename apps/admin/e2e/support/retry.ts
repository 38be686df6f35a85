// A browser test that fails is run once more, with its first error printed; the CI tally lists every test that
// passed only on its second run, so a flaky test stays visible instead of failing a whole run on a loaded machine.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
