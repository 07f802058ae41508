import type { VendureLogger } from '@vendure/core';

// Vendure's own log lines go to stderr, so the shop's stdout carries only its ready line.

const LEVELS = ['error', 'warn', 'info', 'verbose', 'debug'] as const;
export type ShopLogLevel = (typeof LEVELS)[number];

export class StderrLogger implements VendureLogger {
  private readonly threshold: number;
  constructor(level: ShopLogLevel = 'warn') { this.threshold = LEVELS.indexOf(level); }
  private write(level: ShopLogLevel, message: string, context?: string, trace?: string): void {
    if (LEVELS.indexOf(level) > this.threshold) return;
    process.stderr.write(`[vendure ${level}]${context ? ` ${context}:` : ''} ${message}\n${trace ? `${trace}\n` : ''}`);
  }
  error(message: string, context?: string, trace?: string): void { this.write('error', message, context, trace); }
  warn(message: string, context?: string): void { this.write('warn', message, context); }
  info(message: string, context?: string): void { this.write('info', message, context); }
  verbose(message: string, context?: string): void { this.write('verbose', message, context); }
  debug(message: string, context?: string): void { this.write('debug', message, context); }
}
