package dev.canvas.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.canvas.model.Location;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.text.Excerpt;
import dev.canvas.text.MatchText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a {@code .canvas.yaml} into a {@link ConfigFile} with jackson-dataformat-yaml and jackson-databind, and
 * keeps where each key and list item stands ({@link Places}), so that every mistake, Jackson's or the loader's,
 * is a {@link ConfigException} at its line.
 *
 * <p>In two passes: Jackson's YAML parser reads the whole file into a token buffer, noting places and refusing
 * what is not YAML or what a configuration has no use for (a key twice in one mapping, a second document, an alias
 * {@code *name}, a tag {@code !name}, more than {@value #MAX_DEPTH} levels of nesting), so that a YAML mistake is
 * reported as such wherever it is; then the buffer is bound. The binding is strict: an unknown key, a value of the
 * wrong type (text where true/false is expected, a number where text is), and an empty value (but in a rule's
 * parameters) are errors; numbers keep their digits ({@code BigDecimal}).
 *
 * <p>Only a run that has a configuration file loads this class, and with it Jackson's databind.
 */
final class ConfigReader {

    static final int MAX_DEPTH = 64;
    /** The tags a value may carry: YAML's own for text, numbers, true/false, null, dates, lists and mappings. */
    private static final Set<String> TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.TIMESTAMP.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue(), "!");
    static final String FIX = "see the README's 'Configuration' section, or 'canvas config' for the effective settings";
    private static final YAMLMapper MAPPER = mapper();

    /** A file as bound, and where its parts stand. */
    record Read(ConfigFile file, Places places) {
    }

    /**
     * Where each key and list item of a file stands, by JSON pointer ({@code /rules/gate-unchecked},
     * {@code /waivers/0}): as {@code parse.DataTree#locate} finds them in a canvas.
     */
    record Places(String file, Map<String, Location> at, Location root) {

        /** The place of a pointer, else of its nearest parent that has one, else the top of the file. */
        Location of(String pointer) {
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                Location l = at.get(p);
                if (l != null) {
                    return l;
                }
            }
            return root != null ? root : Location.of(file, 1);
        }
    }

    private ConfigReader() {
    }

    private static YAMLMapper mapper() {
        YAMLMapper m = YAMLMapper.builder(new LocatingFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // no number or true/false where text is expected: as the JSON Schema this replaced refused them
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** A JSON pointer of keys and list indexes: {@code pointer("rules", id)}. */
    static String pointer(Object... segments) {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            sb.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** Reads {@code text}, the configuration file {@code file}. An empty file (or comments only) is {@link ConfigFile#EMPTY}. */
    static Read read(String text, String file) throws ConfigException {
        LocatingParser p = null;
        try {
            p = (LocatingParser) MAPPER.getFactory().createParser(new StringReader(text));
            p.file = file;
            if (p.nextToken() == null) {
                return new Read(ConfigFile.EMPTY, p.places());
            }
            TokenBuffer all = new TokenBuffer(p);
            all.copyCurrentStructure(p);
            p.nextToken(); // to the end: a second document is refused
            ConfigFile bound;
            try (JsonParser tokens = all.asParser(MAPPER)) {
                bound = MAPPER.readValue(tokens, ConfigFile.class);
            }
            if (bound == null) { // null, ~ or an empty document
                throw new ConfigException(p.places().of(""), "invalid configuration: the top level: should be a mapping (key: value)", FIX);
            }
            return new Read(bound, p.places());
        } catch (IOException | RuntimeException e) {
            throw problem(e, p, text, file);
        } catch (StackOverflowError e) {
            throw new ConfigException(Location.of(file, 1), "configuration is nested too deeply",
                    "keep nesting under " + MAX_DEPTH + " levels");
        }
    }

    private static ConfigException problem(Exception e, LocatingParser p, String text, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r.problem;
            }
            if (t instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                String problem = m.getProblem() == null ? m.getContext() : m.getProblem();
                return new ConfigException(at(file, mark), "configuration is not valid YAML: " + Excerpt.of(String.valueOf(problem)),
                        YamlTreeReader.syntaxFix(String.valueOf(problem)));
            }
            if (t instanceof ReaderException r) {
                String cp = String.format("%04X", r.getCodePoint());
                return new ConfigException(at(file, text, r.getPosition()), "configuration holds a character YAML does not allow (U+"
                        + cp + ")", "remove it, or write it as an escape (\\u" + cp + ") in a double-quoted string");
            }
            if (t instanceof StreamConstraintsException c) {
                return new ConfigException(where(p, file), "configuration holds a value too long to read: "
                        + Excerpt.of(String.valueOf(c.getOriginalMessage())), "shorten it");
            }
        }
        if (e instanceof JsonMappingException m && p != null) {
            return mapping(m, p.places(), file);
        }
        Location loc = e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0
                ? new Location(file, j.getLocation().getLineNr(), Math.max(0, j.getLocation().getColumnNr()))
                : where(p, file);
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new ConfigException(loc, "configuration is not valid YAML: " + Excerpt.of(String.valueOf(msg)), "fix the YAML syntax");
    }

    /** A value Jackson could not bind: what and where, by the path it names. */
    private static ConfigException mapping(JsonMappingException e, Places places, String file) {
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
        }
        Location loc = places.of(pointer(path.toArray()));
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            List<Object> parent = path.isEmpty() ? path : path.subList(0, path.size() - 1);
            what = "unknown key '" + Excerpt.of(u.getPropertyName()) + "' in " + where(parent)
                    + suggestion(u.getPropertyName(), names(u.getKnownPropertyIds()));
        } else if (e instanceof InvalidNullException) {
            what = where(path) + ": no value given";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            what = where(path) + ": '" + Excerpt.of(String.valueOf(f.getValue())) + "' is not one of " + values(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            what = where(path) + ": " + expected(m.getTargetType());
        } else {
            what = where(path) + ": not a valid value";
        }
        return new ConfigException(loc, "invalid configuration: " + what, FIX);
    }

    private static String where(List<Object> path) {
        if (path.isEmpty()) {
            return "the top level";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            sb.append(sb.length() == 0 ? "" : ".").append(o);
        }
        return "'" + Excerpt.of(sb.toString()) + "'";
    }

    private static String values(Class<?> enumType) {
        return String.join(", ", names(List.of(enumType.getEnumConstants())));
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "should be one of " + values(type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "should be true or false";
        }
        if (type == String.class) {
            return "should be text";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "should be a list";
        }
        if (type == ConfigFile.class || type == ConfigFile.Waiver.class || type != null && Map.class.isAssignableFrom(type)) {
            return "should be a mapping (key: value)";
        }
        return "not a valid value"; // a rule's entry: a severity, off, or a mapping of settings
    }

    private static List<String> names(Collection<?> c) {
        List<String> out = new ArrayList<>();
        c.forEach(o -> out.add(String.valueOf(o)));
        return out;
    }

    /** "; did you mean 'x'?" for the nearest of {@code known} (at most 3 edits away), or nothing. */
    static String suggestion(String id, Iterable<String> known) {
        String best = null;
        int bestD = 4;
        for (String k : known) {
            int d = MatchText.distance(id, k, 3);
            if (d < bestD) {
                best = k;
                bestD = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static Location where(LocatingParser p, String file) {
        if (p != null) {
            JsonLocation l = p.currentLocation();
            if (l != null && l.getLineNr() > 0) {
                return new Location(file, l.getLineNr(), Math.max(0, l.getColumnNr()));
            }
        }
        return Location.of(file, 1);
    }

    private static Location at(String file, Mark m) {
        return m == null ? Location.of(file, 1) : new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    private static Location at(String file, String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length() && i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(file, line, col);
    }

    /** A mistake the reader finds itself, with its place, thrown through Jackson. */
    private static final class Refused extends JsonParseException {
        private static final long serialVersionUID = 1L;
        private final transient ConfigException problem;

        Refused(JsonParser p, ConfigException problem) {
            super(p, problem.getMessage());
            this.problem = problem;
        }
    }

    /** Makes {@link LocatingParser}s. */
    private static final class LocatingFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new LocatingParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    /**
     * Jackson's YAML parser, noting where each key and list item stands as it reads, and refusing what
     * {@link ConfigReader} says it refuses.
     */
    private static final class LocatingParser extends YAMLParser {
        private final Map<String, Location> at = new HashMap<>();
        private String file = "";
        private Location root;
        private int documents;

        LocatingParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec, Reader r) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, r);
        }

        Places places() {
            return new Places(file, at, root);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            String tag = e instanceof ScalarEvent sc ? sc.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !TAGS.contains(tag)) {
                throw refused(at(file, e.getStartMark()), "configuration has a tag it cannot use: '" + Excerpt.of(tag) + "'",
                        "remove the tag (!name): a configuration holds only text, numbers, true/false, lists and mappings");
            }
            if (_parsingContext.inObject() && _currToken != JsonToken.FIELD_NAME && e != null
                    && (e.is(Event.ID.SequenceStart) || e.is(Event.ID.MappingStart) || e.is(Event.ID.Alias))) {
                throw refused(at(file, e.getStartMark()), "configuration has a key that is a list, a mapping or an alias",
                        "use plain text keys");
            }
            if (e instanceof DocumentStartEvent && ++documents > 1) {
                throw refused(at(file, e.getStartMark()), "configuration holds more than one YAML document",
                        "keep one YAML document in the file (remove the second '---')");
            }
            return e;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                return t;
            }
            JsonLocation jl = currentTokenLocation();
            Location here = new Location(file, Math.max(1, jl.getLineNr()), Math.max(0, jl.getColumnNr()));
            if (isCurrentAlias()) {
                throw refused(here, "configuration uses an alias (*" + Excerpt.of(getText()) + "), which it cannot",
                        "write the value out where the alias stands");
            }
            boolean opens = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
            if (opens && getParsingContext().getNestingDepth() > MAX_DEPTH) {
                throw refused(here, "configuration is nested more than " + MAX_DEPTH + " levels deep",
                        "flatten it: a configuration needs only a few levels of nesting");
            }
            if (t == JsonToken.VALUE_NULL && !nullAllowed(getParsingContext())) {
                String where = getParsingContext().pathAsPointer().toString();
                throw refused(at.getOrDefault(where, here), "invalid configuration: '" + Excerpt.of(where.substring(1).replace('/', '.'))
                        + "': no value given", FIX);
            }
            if (t == JsonToken.FIELD_NAME) {
                Location first = at.putIfAbsent(getParsingContext().pathAsPointer().toString(), here);
                if (first != null) {
                    String key = Excerpt.of(currentName());
                    throw refused(here, "key '" + key + "' appears twice in the same mapping (first at line " + first.line() + ")",
                            "keep one '" + key + ":' entry");
                }
                return t;
            }
            JsonStreamContext ctx = opens ? getParsingContext().getParent() : getParsingContext();
            if (ctx.inArray()) {
                at.putIfAbsent(ctx.pathAsPointer().toString(), here);
            } else if (ctx.inRoot() && root == null) {
                root = here;
            }
            return t;
        }

        /**
         * Whether an empty value may stand here: in a rule's parameters (a built-in rule's default then applies), not
         * as a setting, a rule's entry, a waiver or one of their keys (as empty the file's top, which is an empty file).
         */
        private static boolean nullAllowed(JsonStreamContext ctx) {
            List<String> path = new ArrayList<>();
            for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
                path.add(0, c.inArray() ? String.valueOf(c.getCurrentIndex()) : String.valueOf(c.getCurrentName()));
            }
            return path.isEmpty() || path.size() >= 3 && path.get(0).equals("rules")
                    && !(path.size() == 3 && ConfigFile.Keys.NAMES.contains(path.get(2)));
        }

        private Refused refused(Location where, String message, String fix) {
            return new Refused(this, new ConfigException(where, message, fix));
        }
    }
}
