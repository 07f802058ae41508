import { test } from '../../fixtures/checkout.ts';
import { threeDsChallengeScenarios } from './three-ds-challenges.ts';

test.use({ sandboxThreeDsForm: 'in-page' });
// One worker for both cases: the in-page form is a sandbox of its own, and a second one costs more to start than a case takes.
test.describe.configure({ mode: 'default' });
threeDsChallengeScenarios('in-page');
