package org.ticportal.core.expert;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What an expert of the pool is made of, as a form or an imported row gives it; the service checks the title level
 * and fields against the jurisdiction's policy.
 *
 * @param name           the expert's name
 * @param unitName       where they work
 * @param unitCreditCode that unit's unified social credit code, if known (the draw compares it with the applicant's
 *                       and co-builders')
 * @param titleLevel     the code of their title level (the policy's {@code TITLE_LEVELS} catalog)
 * @param fields         codes of their fields (the policy's industry clusters or its panel's expert fields)
 * @param phone          phone number
 * @param email          e-mail address
 * @param active         whether draws may choose them
 */
public record ExpertDraft(
        @NotBlank(message = "{expert.name.required}") @Size(max = 50, message = "{expert.name.size}") String name,
        @NotBlank(message = "{expert.unit.required}") @Size(max = 200, message = "{expert.unit.size}") String unitName,
        @Nullable @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "{expert.creditCode.pattern}")
        String unitCreditCode,
        @NotBlank(message = "{expert.titleLevel.required}") String titleLevel,
        @NotEmpty(message = "{expert.fields.required}") List<String> fields,
        @Nullable @Pattern(regexp = "[0-9+\\- ]{0,32}", message = "{expert.phone.invalid}") String phone,
        @Nullable @Email(message = "{expert.email.invalid}") @Size(max = 200) String email,
        boolean active) {

    public ExpertDraft {
        name = name == null ? "" : name.trim();
        unitName = unitName == null ? "" : unitName.trim();
        unitCreditCode = unitCreditCode == null || unitCreditCode.isBlank() ? null : unitCreditCode.trim();
        titleLevel = titleLevel == null ? "" : titleLevel.trim();
        fields = fields == null ? List.of() : fields.stream().map(String::trim).filter(f -> !f.isEmpty()).distinct()
                .toList();
        phone = phone == null || phone.isBlank() ? null : phone.trim();
        email = email == null || email.isBlank() ? null : email.trim();
    }
}
