package dev.canvas.report;

import dev.canvas.model.CheckReport;
import java.util.Locale;
import java.util.Optional;

/** Every output format of {@code canvas check}; each renders a whole run as one text. */
public enum ReportFormat {
    TEXT, JSON, JUNIT, SARIF, GITHUB, MARKDOWN, HTML;

    /** The name used on the command line ({@code --format sarif}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromId(String id) {
        for (ReportFormat f : values()) {
            if (f.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes the report to {@code out}: the text report a canvas at a time, the others rendered whole first. */
    public void write(CheckReport report, ReportContext ctx, java.io.Writer out) {
        if (this == TEXT) {
            TextReport.write(report, ctx.view(), ctx.color(), out);
        } else {
            try {
                out.write(render(report, ctx));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public String render(CheckReport report, ReportContext ctx) {
        return switch (this) {
            case TEXT -> TextReport.render(report, ctx.view(), ctx.color());
            case JSON -> JsonReport.render(report, ctx);
            case JUNIT -> JUnitReport.render(report, ctx);
            case SARIF -> SarifReport.render(report, ctx);
            case GITHUB -> GithubReport.render(report, ctx);
            case MARKDOWN -> MarkdownReport.render(report, ctx);
            case HTML -> HtmlReport.render(report, ctx);
        };
    }
}
