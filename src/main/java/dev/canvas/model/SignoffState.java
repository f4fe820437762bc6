package dev.canvas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one sign-off the readiness checklist asks for stands: the role, and the name and date the canvas gives.
 *
 * @param roleId the {@link SignoffRole}'s id ({@code security-officer})
 * @param role   as people write it ({@code Security officer})
 * @param covers what the role vouches for
 * @param name   who signed, "" when nobody is named
 * @param date   when, empty when not given or not a date
 */
public record SignoffState(String roleId, String role, String covers, String name, Optional<LocalDate> date) {
    public SignoffState {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(covers, "covers");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
    }

    /** Signed: a name and a date. */
    public boolean signed() {
        return !name.isBlank() && date.isPresent();
    }

    /** What the sign-off lacks: "name and date", "name", "date", or "" when it is signed. */
    public String missing() {
        List<String> parts = new ArrayList<>();
        if (name.isBlank()) {
            parts.add("name");
        }
        if (date.isEmpty()) {
            parts.add("date");
        }
        return String.join(" and ", parts);
    }
}
