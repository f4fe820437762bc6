package dev.canvas.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-off as the canvas records it.
 *
 * @param roleId   the {@link SignoffRole} it is for
 * @param name     who signed ("" when the line names nobody)
 * @param date     when; empty when not given or not a date
 * @param location where it is written
 */
public record Signoff(String roleId, String name, Optional<LocalDate> date, Location location) {
    public Signoff {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
    }
}
