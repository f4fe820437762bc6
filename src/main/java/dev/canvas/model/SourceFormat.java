package dev.canvas.model;

/** The two ways a canvas can be written. */
public enum SourceFormat {
    MARKDOWN, YAML;

    public String id() {
        return this == MARKDOWN ? "md" : "yaml";
    }
}
