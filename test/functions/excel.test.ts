/**
 * The adapters Excel calls (src/functions/functions.ts), with a small fake of the
 * custom-functions runtime: values come back as numbers, failures as
 * CustomFunctions.Error with the right code and the message.
 */
class FakeError {
  constructor(public code: string, public message?: string) {}
}
const associated: string[] = [];
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  associate: (id: string) => associated.push(id),
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require('../../src/functions/functions') as typeof import('../../src/functions/functions');

test('a scalar call returns a 1×1 matrix', () => {
  expect(functions.agentsRequired([[2000]], [[210]], [[0.8]], [[20]])).toEqual([[243]]);
});

test('errors become CustomFunctions.Error with code and message', () => {
  const [[cell]] = functions.agentsRequired([[100]], [[0]], [[0.8]], [[20]]);
  expect(cell).toBeInstanceOf(FakeError);
  expect(cell).toMatchObject({ code: '#VALUE!', message: 'aht must be greater than 0 seconds (got 0)' });
  const [[na]] = functions.agentsRequired([[100]], [[180]], [[1]], [[0]]);
  expect(na).toMatchObject({ code: '#N/A', message: 'no agent count reaches 100% within 0 s' });
});

test('omitted optional arguments (undefined or null) take defaults; ranges spill', () => {
  expect(functions.serviceLevel([[100]], [[180]], [[14]], [[20]], undefined, [[300]])[0][0]).toBeCloseTo(0.916792, 6);
  expect(functions.serviceLevel([[100], [200]], [[180]], [[14], [25]], [[20]], null as never)).toHaveLength(2);
});
