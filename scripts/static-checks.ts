import { spawn } from 'node:child_process';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// npm test's static checks (types, lint, format, the dependency rules) side by side: each is one
// thread, so on two cores they take about the time of the longest instead of their sum (42 s to 31 s
// on the two-core machine). Each check's output is printed whole when it ends, so none interleave,
// and the run fails if any check failed, naming it.

const { positionals } = runCommandLine({
  command: 'node scripts/static-checks.ts',
  synopsis: 'script ...',
  describe: [['script', "package.json scripts to run side by side (npm test's: typecheck lint format:check depcheck)"]],
  options: {},
  allowPositionals: true,
});
if (!positionals.length) {
  console.error('static-checks: expected the package.json scripts to run, e.g. typecheck lint format:check depcheck');
  process.exit(2);
}

interface Outcome {
  script: string;
  code: number | null;
}

function runScript(script: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const output = Buffer.concat(chunks).toString();
      process.stdout.write(output);
      console.error(`static-checks: ${script} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
      resolve({ script, code });
    });
  });
}

const outcomes = await Promise.all(positionals.map(runScript));
const failed = outcomes.filter((outcome) => outcome.code !== 0).map((outcome) => outcome.script);
if (failed.length) {
  console.error(`static-checks: failed: ${failed.join(', ')}`);
  process.exit(1);
}
