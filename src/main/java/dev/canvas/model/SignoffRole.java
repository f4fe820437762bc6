package dev.canvas.model;

import java.util.Objects;

/**
 * A role that must sign off before deployment.
 *
 * @param id     stable id ({@code security-officer})
 * @param role   as people write it ({@code Security officer})
 * @param covers what the role vouches for
 */
public record SignoffRole(String id, String role, String covers) {
    public SignoffRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(covers, "covers");
    }
}
