// Streams a one-sheet workbook: the fixed parts first, then the sheet deflated batch by batch as
// the rows arrive, so memory holds one batch and the deflate window, whatever the row count.
import { Readable } from "node:stream";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { SHEET_END, rowXml, sheetStart, workbookParts, type XlsxCell, type XlsxColumn } from "./xlsx-xml";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function* xlsxChunks(
  sheetName: string,
  columns: readonly XlsxColumn[],
  batches: AsyncIterable<readonly (readonly XlsxCell[])[]>,
): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    const ready = out;
    out = [];
    yield* ready;
  };
  for (const [name, xml] of Object.entries(workbookParts(sheetName))) {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(strToU8(xml), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(sheetStart(columns)));
  yield* drain();
  for await (const rows of batches) {
    sheet.push(strToU8(rows.map(rowXml).join("")));
    yield* drain();
  }
  sheet.push(strToU8(SHEET_END), true);
  zip.end();
  yield* drain();
}

/** The workbook as a byte stream; destroying it (client gone) stops reading the batches. */
export function xlsxStream(sheetName: string, columns: readonly XlsxColumn[], batches: AsyncIterable<readonly (readonly XlsxCell[])[]>): Readable {
  return Readable.from(xlsxChunks(sheetName, columns, batches), { objectMode: false });
}
