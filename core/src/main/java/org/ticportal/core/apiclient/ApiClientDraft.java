package org.ticportal.core.apiclient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new API client as the administrator enters it.
 *
 * @param name             who calls (省科技厅科技管理平台), shown in the list and the audit trail
 * @param jurisdictionCode the jurisdiction it reads (140900)
 * @param divisionCode     one division of it (140902) to narrow the scope to, or {@code null} for the whole jurisdiction
 */
public record ApiClientDraft(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 16) String jurisdictionCode,
                             @Nullable @Size(max = 16) String divisionCode) {

    public ApiClientDraft {
        name = name == null ? "" : name.strip();
        jurisdictionCode = jurisdictionCode == null ? "" : jurisdictionCode.strip();
        divisionCode = divisionCode == null || divisionCode.isBlank() ? null : divisionCode.strip();
    }
}
