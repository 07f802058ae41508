import type { VendureLogger } from '@vendure/core';

// Vendure's own log lines go to stderr, so the shop's stdout carries only its ready line.

const LEVELS = ['error', 'warn', 'info', 'verbose', 'debug'] as const;
export type ShopLogLevel = (typeof LEVELS)[number];

/** Said at every start: this shop runs no scheduled tasks (a sandbox lives minutes, not days). */
const EXPECTED_WARNINGS = ['No scheduler strategy is configured', 'Please use the `DefaultSchedulerPlugin`'];

export class StderrLogger implements VendureLogger {
  private readonly threshold: number;
  constructor(level: ShopLogLevel = 'warn') {
    this.threshold = LEVELS.indexOf(level);
  }
  private write(level: ShopLogLevel, message: string, context?: string, trace?: string): void {
    if (LEVELS.indexOf(level) > this.threshold) return;
    if (level === 'warn' && EXPECTED_WARNINGS.some((known) => message.startsWith(known))) return;
    process.stderr.write(`[vendure ${level}]${context ? ` ${context}:` : ''} ${message}\n${trace ? `${trace}\n` : ''}`);
  }
  error(message: string, context?: string, trace?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: string, context?: string): void {
    this.write('warn', message, context);
  }
  info(message: string, context?: string): void {
    this.write('info', message, context);
  }
  verbose(message: string, context?: string): void {
    this.write('verbose', message, context);
  }
  debug(message: string, context?: string): void {
    this.write('debug', message, context);
  }
}
