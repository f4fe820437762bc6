package dev.canvas.template;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Location;
import dev.canvas.parse.DataTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads BMAD's v2 template format ({@code template:} metadata, nested {@code sections} with {@code id},
 * {@code title}, {@code instruction}, {@code template}, {@code type}) by rendering each section as the Markdown
 * that create-doc writes for it, and handing that to the same builder as legacy templates:
 * <ul>
 *   <li>a title {@code PHASE N: ...} is a phase heading, {@code Square N: ...} a square heading;</li>
 *   <li>a section whose {@code template} is one {@code {{placeholder}}} is a question (its title);</li>
 *   <li>a section whose {@code template} holds {@code - [ ]} lines is a checklist under its title as label
 *       ("Prerequisites", "Validation Gate", ...);</li>
 *   <li>{@code instruction} is guidance; {@code repeatable} and {@code condition} sections are read like others.</li>
 * </ul>
 * Each section is fed with its own line in the template, so problems are reported at the section.
 */
final class V2TemplateReader {

    private V2TemplateReader() {
    }

    static void read(DataTree tree, List<?> sections, DefinitionBuilder builder, String file) throws TemplateException {
        for (int i = 0; i < sections.size(); i++) {
            section(tree, sections.get(i), tree.itemAt(sections, i), builder, file, 0);
        }
    }

    private static void section(DataTree tree, Object n, Location at, DefinitionBuilder builder, String file, int depth)
            throws TemplateException {
        if (!(n instanceof Map<?, ?> m)) {
            throw new TemplateException(TemplateLoader.line(at), "a section is not a mapping",
                    "give each section id, title and instruction");
        }
        if (depth > 20) {
            throw new TemplateException(TemplateLoader.line(at), "sections nest deeper than 20 levels",
                    "flatten the template");
        }
        String title = scalar(m, "title").orElse("");
        String template = scalar(m, "template").orElse("");
        String instruction = scalar(m, "instruction").orElse("");
        int line = at.line() - 1; // the lines before the section: the rendered chunk's line 1 is the section's line
        StringBuilder md = new StringBuilder();
        boolean phaseOrSquare = CanvasMarkdown.phase(title).isPresent() || CanvasMarkdown.square(title).isPresent();
        String bare = template.replaceAll(CanvasMarkdown.PLACEHOLDER.pattern(), "").strip();
        if (phaseOrSquare) {
            md.append(CanvasMarkdown.phase(title).isPresent() ? "## " : "### ").append(title).append("\n\n");
            if (!template.isBlank()) {
                md.append(template.strip()).append("\n\n");
            }
        } else if (!template.isBlank() && bare.isEmpty() && CanvasMarkdown.placeholders(template).size() == 1) {
            md.append("**").append(title.isEmpty() ? CanvasMarkdown.placeholders(template).get(0) : title).append("**\n\n")
                    .append(template.strip()).append("\n\n");
        } else if (template.contains("- [ ]") || template.contains("- [x]")) {
            md.append("**").append(title).append(title.endsWith(":") ? "" : ":").append("**\n\n").append(template.strip()).append("\n\n");
        } else if (!title.isEmpty() && depth == 0) {
            md.append("## ").append(title).append("\n\n");
            if (!template.isBlank()) {
                md.append(template.strip()).append("\n\n");
            }
        } else if (!template.isBlank()) {
            md.append(template.strip()).append("\n\n");
        }
        if (!instruction.isBlank() && (phaseOrSquare || depth > 0)) {
            md.append("[[LLM: ").append(instruction.strip().replace("]]", "] ]")).append("]]\n\n");
        }
        if (md.length() > 0) {
            builder.addContent(md.toString(), line);
        }
        if (m.get("sections") instanceof List<?> children) {
            for (int i = 0; i < children.size(); i++) {
                section(tree, children.get(i), tree.itemAt(children, i), builder, file, depth + 1);
            }
        }
    }

    static Optional<String> scalar(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty() : Optional.of(TemplateLoader.text(v));
    }

    /** The kind a v2 template declares ({@code template.kind}), else from its name. */
    static String kind(Map<?, ?> meta, String name) {
        return scalar(meta, "kind").map(String::strip).orElseGet(() ->
                name.toLowerCase(Locale.ROOT).matches(".*\\bpoc\\b.*") ? "poc" : "production");
    }
}
