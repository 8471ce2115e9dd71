package org.ticportal.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a user. The same constraints are checked by the form and again by
 * {@link UserService}.
 */
public record UserDraft(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 100, message = "{user.displayName.size}")
        String displayName,
        @Nullable @Email(message = "{user.email.invalid}") @Size(max = 200) String email,
        @Nullable @Pattern(regexp = "[0-9+\\- ]{0,32}", message = "{user.phone.invalid}") String phone,
        @NotNull(message = "{user.role.required}") Role role,
        @Nullable String recommendingBodyCode,
        @Nullable Long unitId,
        @Nullable String jurisdictionCode) {

    /** A user not limited to a jurisdiction. */
    public UserDraft(String username, String displayName, @Nullable String email, @Nullable String phone, Role role,
                     @Nullable String recommendingBodyCode, @Nullable Long unitId) {
        this(username, displayName, email, phone, role, recommendingBodyCode, unitId, null);
    }
}
