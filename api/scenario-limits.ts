/**
 * How large scenario files may be, one figure for every way in and out: opening, saving, the
 * trainee library and importing. Real scenarios are about 20 kB; the limits leave a hundredfold room
 * while keeping what one request can make the server read, inflate and parse small (a 201 kB zip of
 * space-padded files once held the server for a minute). Part of the Api contract, so the renderer
 * can say the same figures.
 */

/** One scenario file, in UTF-8 bytes. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

/** Everything one import unpacks to (all the files in a zip together). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The uploaded file itself (a zip is never larger than what it unpacks to, give or take). */
export const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES;

/** "2.0 kB", "12.5 MB": sizes as a trainer reads them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Why a scenario of `bytes` UTF-8 bytes is refused, naming the file and the limit; null when it fits. */
export function scenarioSizeProblem(file: string, bytes: number): string | null {
  if (bytes <= MAX_SCENARIO_BYTES) return null;
  return (
    `${file} is ${sizeText(bytes)}; scenario files are limited to ${sizeText(MAX_SCENARIO_BYTES)} ` +
    `(real scenarios are about 20 kB). Split it into smaller scenarios, or remove padding and unused nodes.`
  );
}
