package org.ticportal.core.export;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.XlsxTables;

/**
 * Exports report tables (the bureau's 汇总表) to one Excel workbook, a sheet per table with its title rows, and
 * records each export in the audit trail (who, which report, which tables and how many rows), as grid exports are.
 */
@Service
public class TableExport {

    private final AuditService audit;

    TableExport(AuditService audit) {
        this.audit = audit;
    }

    /**
     * The workbook's bytes (small tables, held in memory).
     *
     * @param report what the audit trail names the export by (e.g. {@code dashboard-summary})
     * @param sheets the tables
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public byte[] xlsx(String report, List<XlsxTables.Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTables.write(sheets, out);
        audit.record(AuditSubject.EXPORT, report, AuditAction.EXPORTED, null, ExportFormat.XLSX.name(), "rows="
                + sheets.stream().mapToInt(s -> s.rows().size()).sum() + "; tables="
                + sheets.stream().map(XlsxTables.Sheet::name).toList());
        return out.toByteArray();
    }
}
