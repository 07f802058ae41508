import { join } from 'node:path';
import { qualityGateDefaultRules } from '@allurereport/core';
import { reportsDirectory } from './helpers/configuration/run-files.ts';
import { allureCategories } from './reporting/allure-categories.ts';
import { CHECKLIST_GATE_RULE, checklistQualityGateRule } from './reporting/checklist-quality-gate.ts';

// Allure 3 (no Java): the certification report, grouped as the go-live checklist reads, with
// history kept between nightly runs for trends. Paths follow GOLIVE_REPORTS_DIR like every report.
// Loaded by Node 24, which runs the imported .ts files as they are. Not `defineConfig` from 'allure':
// importing that package runs Allure's CLI on the importing process's arguments.
const reportsDir = reportsDirectory();

/** @type {import('allure').AllureConfig} */
export default {
  name: 'golive: OwnGateway go-live certification',
  output: join(reportsDir, 'allure-report'),
  historyPath: join(reportsDir, 'history', 'history.jsonl'),
  // A month of nightly runs: enough for trends, and the history every report reads (and the secret scan
  // reads before sharing) stops growing by ~190 KB a run.
  historyLimit: 30,
  // Failures read as merchant defect, OwnGateway behaviour, or harness error (reporting/failure-kind.ts).
  categories: allureCategories,
  // The checklist's own verdict, computed by reporting/checklist-report.ts before the report is built.
  qualityGate: {
    rules: [{ [CHECKLIST_GATE_RULE]: join(reportsDir, 'go-live-checklist.json') }],
    use: [...qualityGateDefaultRules, checklistQualityGateRule],
  },
  // The checklist table itself, on the report's "Global Attachments" tab.
  globalAttachments: [join(reportsDir, 'go-live-checklist.md')],
  plugins: {
    awesome: {
      options: {
        reportName: 'golive: OwnGateway go-live certification',
        singleFile: false,
        reportLanguage: 'en',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};
