package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import dev.canvas.text.Excerpt;
import dev.canvas.text.Repository;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence an answer cites as a local path or relative link ({@code [POC report](docs/poc-report.md)},
 * {@code ./evidence/load-test.pdf}) must exist, relative to the canvas. A path that leaves the repository (see
 * {@link Repository#rootOf}), symbolic links resolved, is a finding and is never looked at: an in-repository link
 * to {@code /etc} does not make {@code /etc} evidence. Web links are not followed: canvas makes no network
 * connection.
 */
public final class EvidenceRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "evidence-exists";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "evidence cited as a local path or relative link exists, inside the repository")
            .explained("Links such as [POC report](docs/poc-report.md) or ./evidence/load-test.pdf are resolved "
                    + "relative to the canvas and must exist; a path that leaves the repository is a finding and is "
                    + "never opened. Web links are not followed (canvas makes no network connection).")
            .passing("See [the POC report](docs/poc-report.md) (the file exists).")
            .failing("See [the POC report](../../outside/report.md).");

    private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern BARE = Pattern.compile("(?<![\\w/.])(\\.{1,2}/[\\w./-]+)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    public EvidenceRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        Path dir = null;
        Path root = null;
        for (Answered x : in.all()) {
            Answer a = x.answer();
            // a link has "](" in it, a bare path "./": most answers have neither, and a search, which tries the
            // pattern at every position of the answer, costs far more than looking for them ("./" after "/", which
            // is rare, where "." ends every sentence)
            boolean link = a.text().contains("](");
            boolean bare = a.text().indexOf('/') >= 0 && a.text().contains("./");
            if (!link && !bare) {
                continue;
            }
            if (root == null) {
                // where the canvas is, and its repository: looked up (on disk) only for a canvas that cites a path
                Path canvas;
                try {
                    canvas = Path.of(in.file()).toAbsolutePath().normalize();
                } catch (InvalidPathException e) {
                    return;
                }
                if (canvas.getParent() == null) {
                    return;
                }
                dir = Repository.real(canvas.getParent()); // real, as the root is: both compared as text below
                root = Repository.rootOf(dir);
            }
            Subject subject = Subject.field(x.square(), x.field());
            if (link) {
                check(a, dir, root, MD_LINK.matcher(a.text()), subject, out);
            }
            if (bare) {
                check(a, dir, root, BARE.matcher(a.text()), subject, out);
            }
        }
    }

    private static void check(Answer a, Path dir, Path root, Matcher m, Subject subject, FindingSink out) {
        while (m.find()) {
            String target = m.group(1);
            if (SCHEME.matcher(target).find() || target.startsWith("#") || target.startsWith("//")) {
                continue; // a web link or an anchor: not a local file
            }
            String pathPart = target.replaceAll("[#?].*$", "");
            if (pathPart.isEmpty()) {
                continue;
            }
            Path p;
            try {
                p = (pathPart.startsWith("/") ? root.resolve(pathPart.substring(1)) : dir.resolve(pathPart)).normalize();
            } catch (InvalidPathException e) {
                out.report(a.location(), subject, "evidence path '" + Excerpt.of(target) + "' is not a valid path", "fix the link");
                continue;
            }
            if (!Repository.contains(root, p)) {
                out.report(a.location(), subject, "evidence '" + Excerpt.of(target) + "' points outside the repository",
                        "keep evidence inside the repository and link it relative to the canvas");
            } else if (!Files.exists(p)) {
                out.report(a.location(), subject, "evidence '" + Excerpt.of(target) + "' does not exist (looked for "
                                + Excerpt.of(root.relativize(p).toString()) + ")",
                        "add the file, or fix the link (relative to the canvas)");
            }
        }
    }
}
