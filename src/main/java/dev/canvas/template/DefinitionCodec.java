package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import dev.canvas.model.Phase;
import dev.canvas.model.ReadinessSpec;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.Square;
import dev.canvas.model.Verdict;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CanvasDefinition} as compact binary data, for {@link BundledDefinitions}: reading it back is a few
 * milliseconds, where deriving it from the template's YAML and Markdown is most of a one-file check's start-up.
 * Every record component is written, in declaration order; {@code read(write(d)).equals(d)} for any definition.
 */
final class DefinitionCodec {

    /** Bumped whenever the layout below changes: data of another version is not read. */
    static final int VERSION = 2;
    /** Strings longer than this are not a template's (a bundled one has a few hundred characters at most). */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_COUNT = 100_000;

    private DefinitionCodec() {
    }

    static void write(CanvasDefinition d, DataOutputStream out) throws IOException {
        str(out, d.name());
        str(out, d.kind());
        str(out, d.source());
        out.writeInt(d.phases().size());
        for (Phase p : d.phases()) {
            out.writeInt(p.number());
            str(out, p.title());
            out.writeInt(p.squares().size());
            for (Square s : p.squares()) {
                out.writeInt(s.number());
                str(out, s.title());
                out.writeInt(s.phase());
                out.writeInt(s.fields().size());
                for (Field f : s.fields()) {
                    str(out, f.id());
                    str(out, f.question());
                    out.writeInt(f.square());
                    location(out, f.location());
                }
                str(out, s.guidance());
            }
        }
        out.writeInt(d.checklists().size());
        for (Checklist c : d.checklists()) {
            str(out, c.id());
            str(out, c.title());
            out.writeInt(c.kind().ordinal());
            out.writeInt(c.phase());
            out.writeInt(c.items().size());
            for (ChecklistItem i : c.items()) {
                str(out, i.id());
                str(out, i.text());
                str(out, i.group());
                location(out, i.location());
                strings(out, i.words());
            }
        }
        out.writeBoolean(d.readiness().isPresent());
        if (d.readiness().isPresent()) {
            ReadinessSpec r = d.readiness().get();
            str(out, r.checklistId());
            out.writeInt(r.deployThreshold());
            out.writeInt(r.addressGapsThreshold());
            out.writeInt(r.signoffs().size());
            for (SignoffRole s : r.signoffs()) {
                str(out, s.id());
                str(out, s.role());
                str(out, s.covers());
            }
        }
        Map<Verdict, String> labels = new EnumMap<>(Verdict.class);
        labels.putAll(d.verdictLabels());
        out.writeInt(labels.size());
        for (Map.Entry<Verdict, String> e : labels.entrySet()) {
            out.writeInt(e.getKey().ordinal());
            str(out, e.getValue());
        }
    }

    /** @throws IOException when the data is cut short or not a definition of this version's layout */
    static CanvasDefinition read(DataInputStream in) throws IOException {
        try {
            String name = str(in);
            String kind = str(in);
            String source = str(in);
            int phaseCount = count(in);
            List<Phase> phases = new ArrayList<>(phaseCount);
            for (int pi = 0; pi < phaseCount; pi++) {
                int number = in.readInt();
                String title = str(in);
                int squareCount = count(in);
                List<Square> squares = new ArrayList<>(squareCount);
                for (int si = 0; si < squareCount; si++) {
                    int sNumber = in.readInt();
                    String sTitle = str(in);
                    int sPhase = in.readInt();
                    int fieldCount = count(in);
                    List<Field> fields = new ArrayList<>(fieldCount);
                    for (int fi = 0; fi < fieldCount; fi++) {
                        fields.add(new Field(str(in), str(in), in.readInt(), location(in)));
                    }
                    squares.add(new Square(sNumber, sTitle, sPhase, fields, str(in)));
                }
                phases.add(new Phase(number, title, squares));
            }
            int checklistCount = count(in);
            List<Checklist> checklists = new ArrayList<>(checklistCount);
            for (int ci = 0; ci < checklistCount; ci++) {
                String id = str(in);
                String title = str(in);
                ChecklistKind ck = ordinal(ChecklistKind.values(), in.readInt());
                int phase = in.readInt();
                int itemCount = count(in);
                List<ChecklistItem> items = new ArrayList<>(itemCount);
                for (int ii = 0; ii < itemCount; ii++) {
                    String itemId = str(in);
                    String text = str(in);
                    String group = str(in);
                    Location at = location(in);
                    items.add(new ChecklistItem(itemId, text, group, at, strings(in)));
                }
                checklists.add(new Checklist(id, title, ck, phase, items));
            }
            Optional<ReadinessSpec> readiness = Optional.empty();
            if (in.readBoolean()) {
                String id = str(in);
                int deploy = in.readInt();
                int gaps = in.readInt();
                int roleCount = count(in);
                List<SignoffRole> roles = new ArrayList<>(roleCount);
                for (int ri = 0; ri < roleCount; ri++) {
                    roles.add(new SignoffRole(str(in), str(in), str(in)));
                }
                readiness = Optional.of(new ReadinessSpec(id, deploy, gaps, roles));
            }
            int labelCount = count(in);
            Map<Verdict, String> labels = new EnumMap<>(Verdict.class);
            for (int li = 0; li < labelCount; li++) {
                labels.put(ordinal(Verdict.values(), in.readInt()), str(in));
            }
            return new CanvasDefinition(name, kind, source, phases, checklists, readiness, labels);
        } catch (IllegalArgumentException | NullPointerException e) {
            // a record refused what was read: the data is not what write() made
            throw new IOException("not a canvas definition: " + e.getMessage(), e);
        }
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        str(out, l.file());
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    private static Location location(DataInputStream in) throws IOException {
        return new Location(str(in), in.readInt(), in.readInt());
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String x : list) {
            str(out, x);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            list.add(str(in));
        }
        return list;
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING_BYTES) {
            throw new IOException("not a canvas definition: string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("not a canvas definition: list of " + n + " elements");
        }
        return n;
    }

    private static <E extends Enum<E>> E ordinal(E[] values, int i) throws IOException {
        if (i < 0 || i >= values.length) {
            throw new IOException("not a canvas definition: no " + values.getClass().getComponentType().getSimpleName() + " #" + i);
        }
        return values[i];
    }
}
