package dev.canvas.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A glob as bash matches it with {@code shopt -s globstar}: segments between '/' are matched one path component
 * each ({@code *}, {@code ?}, {@code [...]}, and {@code {a,b}} as Java's glob has it), except a segment that is
 * {@code **} alone, which matches any number of components, none included, however many such segments the
 * pattern has. A component that starts with '.' is matched only by a segment that starts with '.', as bash does
 * without {@code dotglob}; a pattern ending in {@code /**} matches what is below its other segments, not
 * themselves (for bash, "x/" with nothing after it is a directory). Matching is linear in the pattern times the path (each pair of positions is tried
 * once).
 */
final class Glob {

    private final List<PathMatcher> segments; // null for "**"
    private final List<Boolean> dotted;

    /** Where the run of "**" segments that ends the pattern starts (segments.size() when it ends otherwise). */
    private final int trailing;

    private Glob(List<PathMatcher> segments, List<Boolean> dotted) {
        this.segments = segments;
        this.dotted = dotted;
        int t = segments.size();
        while (t > 0 && segments.get(t - 1) == null) {
            t--;
        }
        this.trailing = t;
    }

    /**
     * Compiles a relative pattern ("a/**}{@literal /}*.md").
     *
     * @throws CanvasFinder.BadGlobException for an unclosed '[' or '{'
     */
    static Glob compile(String pattern) {
        List<PathMatcher> segs = new ArrayList<>();
        List<Boolean> dots = new ArrayList<>();
        for (String s : pattern.split("/", -1)) {
            if (s.isEmpty()) {
                continue; // "a//b" is "a/b", as for paths
            }
            if (s.equals("**")) {
                segs.add(null);
            } else {
                try {
                    segs.add(FileSystems.getDefault().getPathMatcher("glob:" + s));
                } catch (IllegalArgumentException e) {
                    String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
                    throw new CanvasFinder.BadGlobException("'" + s + "' is not a valid glob pattern (" + why + ")");
                }
            }
            dots.add(s.startsWith("."));
        }
        return new Glob(segs, dots);
    }

    /** Whether a path relative to the glob's fixed part matches. */
    boolean matches(Path rel) {
        String[] parts = parts(rel);
        boolean[][] tried = new boolean[segments.size() + 1][parts.length + 1];
        return match(0, 0, parts, tried);
    }

    /**
     * Whether a path below the directory {@code relDir} (relative to the glob's fixed part) may match: its
     * components match the pattern's first segments and some segment is left. A search enters a hidden folder only
     * then, as bash does: {@code docs/.drafts/*.md} looks in {@code .drafts}, {@code docs/**}{@code /*.md} does not.
     */
    boolean mayMatchBelow(Path relDir) {
        String[] parts = parts(relDir);
        return below(0, 0, parts, new boolean[segments.size() + 1][parts.length + 1]);
    }

    private boolean below(int i, int j, String[] parts, boolean[][] tried) {
        if (tried[i][j]) {
            return false;
        }
        tried[i][j] = true;
        if (j == parts.length) {
            return i < segments.size();
        }
        if (i == segments.size()) {
            return false;
        }
        PathMatcher seg = segments.get(i);
        if (seg == null) {
            return below(i + 1, j, parts, tried) || !parts[j].startsWith(".") && below(i, j + 1, parts, tried);
        }
        return (!parts[j].startsWith(".") || dotted.get(i)) && seg.matches(Path.of(parts[j])) && below(i + 1, j + 1, parts, tried);
    }

    private static String[] parts(Path rel) {
        int m = rel.toString().isEmpty() ? 0 : rel.getNameCount();
        String[] parts = new String[m];
        for (int j = 0; j < m; j++) {
            parts[j] = rel.getName(j).toString();
        }
        return parts;
    }

    private boolean match(int i, int j, String[] parts, boolean[][] tried) {
        if (tried[i][j]) {
            return false; // tried before, and failed (a success returns at once)
        }
        tried[i][j] = true;
        if (i == segments.size()) {
            return j == parts.length;
        }
        if (i == trailing && i > 0) {
            // "x/**" ending the pattern: "**" matching nothing leaves "x/", a directory, so at least one component
            if (j == parts.length) {
                return false;
            }
            for (int k = j; k < parts.length; k++) {
                if (parts[k].startsWith(".")) {
                    return false;
                }
            }
            return true;
        }
        PathMatcher seg = segments.get(i);
        if (seg == null) {
            return match(i + 1, j, parts, tried)
                    || j < parts.length && !parts[j].startsWith(".") && match(i, j + 1, parts, tried);
        }
        return j < parts.length && (!parts[j].startsWith(".") || dotted.get(i)) && seg.matches(Path.of(parts[j]))
                && match(i + 1, j + 1, parts, tried);
    }
}
