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

    public String render(CheckReport report, ReportContext ctx) {
        return switch (this) {
            case TEXT -> TextReport.render(report, ctx.color());
            case JSON -> JsonReport.render(report);
            case JUNIT -> JUnitReport.render(report, ctx);
            case SARIF -> SarifReport.render(report, ctx);
            case GITHUB -> GithubReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report, ctx);
        };
    }
}
