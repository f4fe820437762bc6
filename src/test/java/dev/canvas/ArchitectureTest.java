package dev.canvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layers and library owners of {@code docs/architecture.md}, read from its tables and held against
 * the compiled main classes: a change that breaks them fails here, and the picture stays the code's.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.canvas";
    private static final Path DOC = Path.of("docs/architecture.md");

    private static JavaClasses main;
    private static List<List<String>> layers;
    private static Map<String, Library> libraries;

    record Library(String name, List<String> javaPackages, List<String> owners) {}

    @BeforeAll
    static void load() throws IOException {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/picocli/"))
                .importPackages(ROOT);
        List<List<String>> rows = table("| layer | packages |");
        layers = rows.stream().map(r -> split(r.get(1))).toList();
        libraries = new LinkedHashMap<>();
        for (List<String> r : table("| library | its Java packages | used only in |")) {
            libraries.put(r.get(0), new Library(r.get(0), split(r.get(1)), split(r.get(2))));
        }
    }

    @Test
    void everyPackageHasItsLayer() throws IOException {
        TreeSet<String> inCode = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/dev/canvas"))) {
            dirs.filter(Files::isDirectory).forEach(d -> inCode.add(d.getFileName().toString()));
        }
        TreeSet<String> inDoc = new TreeSet<>();
        layers.forEach(inDoc::addAll);
        assertThat(inDoc).as("the packages of docs/architecture.md's layer table").isEqualTo(inCode);
    }

    @Test
    void noPackageUsesALayerAboveIt() {
        layerRule(ROOT, layers).check(main);
    }

    @Test
    void packagesFormNoCycle() {
        cycleRule(ROOT).check(main);
    }

    @Test
    void eachLibraryIsUsedOnlyByItsOwners() {
        for (Library lib : libraries.values()) {
            String[] outside = layers.stream().flatMap(List::stream).filter(p -> !lib.owners().contains(p))
                    .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            String[] its = lib.javaPackages().stream().map(p -> p + "..").toArray(String[]::new);
            noClasses().that().resideInAnyPackage(outside).should().dependOnClassesThat().resideInAnyPackage(its)
                    .as(lib.name() + " is used only in " + lib.owners()).check(main);
        }
    }

    @Test
    void onlyMainExitsAndOnlyTheCommandLineWritesToTheConsole() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .check(main);
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(main);
    }

    @Test
    void onlyMainReadsStandardInput() {
        // 'canvas check -' gets standard input from Main (Env.in), so that tests can feed it
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".cli.Main")
                .should().accessField(System.class, "in").check(main);
    }

    @Test
    void projectClassesAreImportedNotNamedInline() throws IOException {
        Pattern inline = Pattern.compile("\\bdev\\.canvas\\.[a-z]+\\.[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
                            || line.startsWith("/**") || line.startsWith("//")) {
                        continue;
                    }
                    Matcher m = inline.matcher(line.replaceAll("\\{@link[^}]*}", "").replaceAll("\"[^\"]*\"", "\"\""));
                    if (m.find()) {
                        found.add(f + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("inline fully qualified names (import the class instead)").isEmpty();
    }

    // The rules are tested on classes made to break them, so that a rule that checks nothing cannot pass.

    private static final String FIXTURE = ROOT + ".archfixture";

    @Test
    void theCycleRuleFindsACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThatThrownBy(() -> cycleRule(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected").hasMessageContaining("high").hasMessageContaining("low");
    }

    @Test
    void theLayerRuleFindsAnUpwardImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThatThrownBy(() -> layerRule(FIXTURE, List.of(List.of("high"), List.of("low"))).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURE + ".low.Low").hasMessageContaining(FIXTURE + ".high.High");
        // the same classes, with the layers the other way up, still break it: the cycle goes both ways
        assertThatThrownBy(() -> layerRule(FIXTURE, List.of(List.of("low"), List.of("high"))).check(fixture))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theTablesAreRead() {
        assertThat(layers).hasSizeGreaterThanOrEqualTo(5);
        assertThat(layers.get(0)).containsExactly("cli");
        assertThat(layers.get(layers.size() - 1)).containsExactly("model");
        assertThat(libraries).containsKey("picocli");
    }

    private static ArchRule cycleRule(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** One rule: no class of a layer depends on a class of a layer above it (rows listed top first). */
    private static ArchRule layerRule(String root, List<List<String>> rows) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] here = rows.get(i).stream().map(p -> root + "." + p + "..").toArray(String[]::new);
            String[] above = rows.subList(0, i).stream().flatMap(List::stream).map(p -> root + "." + p + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAnyPackage(here).should().dependOnClassesThat()
                    .resideInAnyPackage(above).as("packages " + rows.get(i) + " use no package above them"));
        }
        return CompositeArchRule.of(rules).as("layers, top first: " + rows);
    }

    /** The rows of the Markdown table whose header line is {@code header}, cells trimmed. */
    private static List<List<String>> table(String header) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int at = lines.indexOf(header);
        assertThat(at).as(DOC + " has a table headed " + header).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String l = lines.get(i);
            rows.add(Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::strip).toList());
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
