package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Severity;
import java.util.List;
import static dev.canvas.text.Untrusted.printable;

/**
 * JUnit XML, as CI test tabs read it (Jenkins, GitLab, GitHub test reporters): one {@code testsuite} per
 * canvas, one {@code testcase} per square, per validation gate, for the prerequisites and for the file itself.
 * A testcase fails when a blocker or gap is about it; the failure lists them with their places and fixes.
 * Warnings go to the testcase's {@code system-out}.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        int tests = 0;
        int failures = 0;
        StringBuilder suites = new StringBuilder();
        for (FileResult f : report.files()) {
            List<Groups.Group> groups = Groups.of(f);
            int suiteFailures = (int) groups.stream().filter(JUnitReport::fails).count();
            tests += groups.size();
            failures += suiteFailures;
            suites.append("  <testsuite name=\"").append(Xml.escape(printable(f.file()))).append("\" tests=\"").append(groups.size())
                    .append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            suites.append("    <properties>\n");
            property(suites, "verdict", f.decision().verdict().id());
            property(suites, "reason", printable(f.decision().reason()));
            property(suites, "readiness", f.readiness().overall().percent() + "%");
            if (f.readiness().checklist().total() > 0) {
                property(suites, "checklist", f.readiness().checklist().percent() + "% (" + f.readiness().checklist() + ")");
            }
            suites.append("    </properties>\n");
            for (Groups.Group g : groups) {
                suites.append("    <testcase classname=\"").append(Xml.escape(printable(f.file()))).append("\" name=\"")
                        .append(Xml.escape(printable(g.name()))).append("\" time=\"0\"");
                List<Finding> failing = g.findings().stream().filter(x -> x.severity() != Severity.WARNING && x.counts()).toList();
                List<Finding> warnings = g.findings().stream().filter(x -> x.severity() == Severity.WARNING || !x.counts()).toList();
                if (failing.isEmpty() && warnings.isEmpty()) {
                    suites.append("/>\n");
                    continue;
                }
                suites.append(">\n");
                if (!failing.isEmpty()) {
                    Finding first = failing.get(0);
                    String type = failing.stream().anyMatch(x -> x.severity() == Severity.BLOCKER) ? "blocker" : "gap";
                    suites.append("      <failure type=\"").append(type).append("\" message=\"")
                            .append(Xml.escape(printable(failing.size() == 1 ? first.message()
                                    : failing.size() + " findings, first: " + first.message())))
                            .append("\">").append(Xml.escape(lines(failing))).append("</failure>\n");
                }
                if (!warnings.isEmpty()) {
                    suites.append("      <system-out>").append(Xml.escape(lines(warnings))).append("</system-out>\n");
                }
                suites.append("    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
        }
        // a failed run is a suite of errors, one per error of the run, so that no CI reads it as a pass
        List<String> errors = report.problems();
        if (!errors.isEmpty()) {
            String exit = ctx.exitSuffix();
            suites.append("  <testsuite name=\"canvas run\" tests=\"").append(errors.size()).append("\" failures=\"0\" errors=\"")
                    .append(errors.size()).append("\" skipped=\"0\" time=\"0\">\n");
            suites.append("    <properties>\n");
            property(suites, "verdict", report.status());
            suites.append("    </properties>\n");
            for (int i = 0; i < errors.size(); i++) {
                String e = printable(errors.get(i));
                suites.append("    <testcase classname=\"canvas run\" name=\"error ").append(i + 1).append("\" time=\"0\">\n")
                        .append("      <error type=\"").append(report.status()).append("\" message=\"").append(Xml.escape(e + exit))
                        .append("\">").append(Xml.escape(e)).append("</error>\n    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
            tests += errors.size();
        }
        if (!report.skipped().isEmpty()) {
            // paths that may hold a canvas and were not checked: skipped test cases, visible beside the others
            suites.append("  <testsuite name=\"canvas: not checked\" tests=\"").append(report.skipped().size())
                    .append("\" failures=\"0\" errors=\"0\" skipped=\"").append(report.skipped().size()).append("\" time=\"0\">\n");
            for (var k : report.skipped()) {
                suites.append("    <testcase classname=\"canvas: not checked\" name=\"").append(Xml.escape(printable(k.path())))
                        .append("\" time=\"0\">\n      <skipped message=\"").append(Xml.escape(printable(k.reason())))
                        .append("\"/>\n    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
            tests += report.skipped().size();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"canvas " + Xml.escape(ctx.toolVersion()) + ": " + report.status() + "\" tests=\""
                + tests + "\" failures=\"" + failures + "\" errors=\"" + errors.size() + "\" time=\"0\">\n" + suites
                + "</testsuites>\n";
    }

    private static boolean fails(Groups.Group g) {
        return g.findings().stream().anyMatch(x -> x.severity() != Severity.WARNING && x.counts());
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.escape(value)).append("\"/>\n");
    }

    private static String lines(List<Finding> fs) {
        StringBuilder sb = new StringBuilder();
        for (Finding x : fs) {
            sb.append(printable(x.location().toString())).append(": ").append(x.counts() ? "" : "waived ").append(x.severity().id())
                    .append(" [").append(printable(x.rule())).append("] ").append(printable(x.message())).append("\n    fix: ")
                    .append(printable(x.fix())).append('\n');
            x.waiver().ifPresent(w -> sb.append("    waived: ").append(printable(w.reason())).append(" (approved by ")
                    .append(printable(w.approver()))
                    .append(")\n"));
        }
        return sb.toString();
    }
}
