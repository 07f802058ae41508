import { threeDsChallengeScenarios } from './three-ds-challenges.ts';

threeDsChallengeScenarios('redirect');
