package dev.canvas.template;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Location;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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

    static void read(SequenceNode sections, DefinitionBuilder builder, String file) throws TemplateException {
        for (Node n : sections.getValue()) {
            section(n, builder, file, 0);
        }
    }

    private static void section(Node n, DefinitionBuilder builder, String file, int depth) throws TemplateException {
        if (!(n instanceof MappingNode m)) {
            throw new TemplateException(Location.of(file, n.getStartMark().getLine() + 1), "a section is not a mapping",
                    "give each section id, title and instruction");
        }
        if (depth > 20) {
            throw new TemplateException(Location.of(file, n.getStartMark().getLine() + 1), "sections nest deeper than 20 levels",
                    "flatten the template");
        }
        String title = scalar(m, "title").orElse("");
        String template = scalar(m, "template").orElse("");
        String instruction = scalar(m, "instruction").orElse("");
        int line = n.getStartMark().getLine(); // 0-based: the rendered chunk's line 1 is this section's line
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
        Optional<Node> children = value(m, "sections");
        if (children.isPresent() && children.get() instanceof SequenceNode seq) {
            for (Node c : seq.getValue()) {
                section(c, builder, file, depth + 1);
            }
        }
    }

    static Optional<Node> value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    static Optional<String> scalar(MappingNode m, String key) {
        return value(m, key).filter(ScalarNode.class::isInstance).map(x -> ((ScalarNode) x).getValue());
    }

    /** The kind a v2 template declares ({@code template.kind}), else from its name. */
    static String kind(MappingNode meta, String name) {
        return scalar(meta, "kind").map(String::strip).orElseGet(() ->
                name.toLowerCase(Locale.ROOT).matches(".*\\bpoc\\b.*") ? "poc" : "production");
    }
}
