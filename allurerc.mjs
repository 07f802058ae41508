import { defineConfig } from 'allure';

// Allure 3 (no Java): the certification report, grouped as the go-live checklist reads,
// with history kept between nightly runs for trends.
export default defineConfig({
  name: 'golive: OwnGateway go-live certification',
  output: './reports/allure-report',
  historyPath: './reports/history/history.jsonl',
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
});
