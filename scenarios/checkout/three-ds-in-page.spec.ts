import { test } from '../../fixtures/index.ts';
import { threeDsChallengeScenarios } from './three-ds-challenges.ts';

test.use({ sandboxThreeDsForm: 'in-page' });
threeDsChallengeScenarios('in-page');
