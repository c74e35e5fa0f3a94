import type { Api } from '@api';
import { blobFromBase64, saveFile } from './save-file';

/**
 * Prints the screen as a report. The desktop app saves a PDF directly (Electron's printToPDF); the
 * web shell answers "unavailable", and the browser's own print dialog (with "Save as PDF") opens
 * instead. Either way the print stylesheet decides what the page shows.
 */
export async function printReport(api: Api, title: string, print: () => void = () => window.print()): Promise<'pdf' | 'print'> {
  try {
    const pdf = await api.printReportToPdf({ title });
    saveFile(blobFromBase64(pdf.contentBase64, 'application/pdf'), pdf.fileName);
    return 'pdf';
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'unavailable') throw error;
    print();
    return 'print';
  }
}
