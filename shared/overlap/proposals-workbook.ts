import ExcelJS from 'exceljs';

export interface ProposalRow {
  decision: string;
  initiativeA: string;
  departmentA: string;
  initiativeB: string;
  departmentB: string;
  score: number | null;
  explanation: string;
  note: string;
}

export interface ProposalLabels {
  sheet: string;
  title: string;
  columns: [string, string, string, string, string, string, string, string];
}

/** The "proposals for efficiency and prioritisation" list as a workbook for the recommendation to ØU. */
export async function buildProposalsWorkbook(
  rows: readonly ProposalRow[],
  labels: ProposalLabels,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  const sheet = workbook.addWorksheet(labels.sheet);
  sheet.getCell('A1').value = labels.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  labels.columns.forEach((name, index) => {
    const cell = header.getCell(index + 1);
    cell.value = name;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  sheet.columns = [
    { width: 16 },
    { width: 40 },
    { width: 10 },
    { width: 40 },
    { width: 10 },
    { width: 8 },
    { width: 60 },
    { width: 50 },
  ];
  rows.forEach((row, index) => {
    const r = sheet.getRow(4 + index);
    r.values = [
      row.decision,
      row.initiativeA,
      row.departmentA,
      row.initiativeB,
      row.departmentB,
      row.score ?? '',
      row.explanation,
      row.note,
    ];
    r.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  sheet.autoFilter = { from: 'A3', to: 'H3' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
