import { describe, expect, it } from 'vitest';
import { qualityLinks } from '../api';

describe('quality export links', () => {
  it('ask for CSV with semicolons (decimal commas), which Excel in Czech opens in columns', () => {
    expect(qualityLinks.auditExport(7, 'csv')).toBe('/api/quality/audits/7/export.csv?delimiter=semicolon');
    expect(qualityLinks.actionsExport('csv', { overdue: 1 })).toMatch(
      /^\/api\/quality\/actions\/export\.csv\?.*delimiter=semicolon/,
    );
    expect(qualityLinks.actionsExport('csv', { overdue: 1 })).toContain('overdue=1');
  });
  it('leave the Excel workbooks as they are', () => {
    expect(qualityLinks.auditExport(7, 'xlsx')).toBe('/api/quality/audits/7/export.xlsx');
    expect(qualityLinks.actionsExport('xlsx', {})).toBe('/api/quality/actions/export.xlsx');
  });
});
