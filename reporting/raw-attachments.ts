import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Playwright attaches what the browser saw to every failing test: the trace (every request, response
// and keystroke), the video and a screenshot of the page with the card fields as typed. allure-playwright
// copies them into allure-results. They stay with the merchant: this moves them out of the shared
// results into the local folder before the Allure report is generated or anything is scanned. The
// failure screenshot golive takes itself, with every iframe (the SDK's card fields) masked, stays.

const AllureAttachment = z.object({ name: z.string(), source: z.string(), type: z.string().optional() });
type AllureAttachment = z.infer<typeof AllureAttachment>;

/** Playwright's own trace, video and unmasked screenshot attachments, as allure-playwright names them. */
export function isRawBrowserAttachment(attachment: { name: string; type?: string | undefined }): boolean {
  return (
    attachment.type === 'application/vnd.allure.playwright-trace' ||
    attachment.name === 'trace' ||
    (attachment.type ?? '').startsWith('video/') ||
    attachment.name === 'video' ||
    attachment.name === 'screenshot'
  );
}

/** Drops raw attachments from every `attachments` list in an Allure result or container, at any depth. */
function withoutRawAttachments(value: unknown, removed: AllureAttachment[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutRawAttachments(item, removed));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'attachments' && Array.isArray(inner)) {
      out[key] = inner.filter((item) => {
        const attachment = AllureAttachment.safeParse(item);
        if (attachment.success && isRawBrowserAttachment(attachment.data)) {
          removed.push(attachment.data);
          return false;
        }
        return true;
      });
    } else {
      out[key] = withoutRawAttachments(inner, removed);
    }
  }
  return out;
}

/** Moves raw browser attachments out of `allureResultsDir` into `localDir/allure-attachments`; returns how many. */
export function moveRawAttachmentsOut(allureResultsDir: string, localDir: string): number {
  if (!existsSync(allureResultsDir)) return 0;
  const target = join(localDir, 'allure-attachments');
  let moved = 0;
  for (const file of readdirSync(allureResultsDir).filter((name) => /-(result|container)\.json$/.test(name))) {
    const path = join(allureResultsDir, file);
    const removed: AllureAttachment[] = [];
    const cleaned = withoutRawAttachments(JSON.parse(readFileSync(path, 'utf8')), removed);
    if (!removed.length) continue;
    writeFileSync(path, JSON.stringify(cleaned));
    mkdirSync(target, { recursive: true });
    for (const { source } of removed) {
      if (existsSync(join(allureResultsDir, source))) renameSync(join(allureResultsDir, source), join(target, source));
      moved += 1;
    }
  }
  return moved;
}
