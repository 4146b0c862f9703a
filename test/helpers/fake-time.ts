// The executor tests use the scenario harness's fake time.
export { FakeTime } from '../../scenarios/fake-time.js';
