/**
 * The desktop shell's part of the Api that only Electron can do: saving the manager's printable
 * report as a PDF with `webContents.printToPDF`, from the window that asked. The page's print
 * stylesheet applies, exactly as with the browser's own print in the web shell. The services
 * answer this method with "unavailable"; main.ts puts this implementation in its place.
 */
import type { WebContents } from 'electron';
import type { Api, ApiArgs, PrintedReport } from '@api';

/** "Team report – 1 March 2025" → "team-report-1-march-2025.pdf" */
function pdfFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `${slug || 'rapport-report'}.pdf`;
}

export function desktopOnlyApi(sender: WebContents): Pick<Api, 'printReportToPdf'> {
  return {
    printReportToPdf: async ({ title }: ApiArgs['printReportToPdf']): Promise<PrintedReport> => {
      const pdf = await sender.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        margins: { marginType: 'default' },
        generateDocumentOutline: true,
      });
      return { fileName: pdfFileName(title), contentBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
