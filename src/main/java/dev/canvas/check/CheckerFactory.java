package dev.canvas.check;

import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigException;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.CanvasDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checker for each canvas: one per configuration in force, built once and shared. That is the
 * {@code --config} file alone; else the repository root's {@code .canvas.yaml} (or the built-in rule set)
 * extended by the {@code .canvas.yaml} of each folder between the root and the canvas, which may only make the
 * rules stricter (see {@link ConfigLoader}).
 */
public final class CheckerFactory {

    private final List<CanvasDefinition> definitions;
    private final List<Pipeline> pipelines;
    private final CheckOptions options;
    private final Optional<Path> explicitConfig;
    private final Map<ConfigLoader.Chain, CanvasChecker> checkers = new ConcurrentHashMap<>();
    /** The configuration files of each directory a canvas is in: canvases share a few directories. */
    private final Map<Path, ConfigLoader.Chain> configOfDir = new ConcurrentHashMap<>();

    /** @param definitions what canvases are checked against, the default first (see {@link CanvasChecker}) */
    public CheckerFactory(List<CanvasDefinition> definitions, CheckOptions options, Optional<Path> explicitConfig) {
        this.definitions = List.copyOf(definitions);
        this.pipelines = this.definitions.stream().map(Pipeline::of).toList();
        this.options = options;
        this.explicitConfig = explicitConfig;
    }

    /** The configuration files that apply to a canvas. */
    public ConfigLoader.Chain configFor(Path canvas) throws ConfigException {
        if (explicitConfig.isPresent()) {
            return new ConfigLoader.Chain(explicitConfig, List.of());
        }
        Path dir = canvas.toAbsolutePath().getParent();
        if (dir == null) {
            return ConfigLoader.Chain.NONE;
        }
        ConfigLoader.Chain c = configOfDir.get(dir);
        if (c == null) {
            c = ConfigLoader.chain(dir);
            configOfDir.putIfAbsent(dir, c);
        }
        return c;
    }

    public CanvasChecker forCanvas(Path canvas) throws ConfigException {
        return forConfig(configFor(canvas));
    }

    /** The checker of the built-in rule set alone. */
    public CanvasChecker builtIn() throws ConfigException {
        return forConfig(ConfigLoader.Chain.NONE);
    }

    public CanvasChecker forConfig(ConfigLoader.Chain chain) throws ConfigException {
        CanvasChecker c = checkers.get(chain);
        if (c != null) {
            return c;
        }
        CanvasConfig cfg = ConfigLoader.load(chain);
        ConfigLoader.checkFields(cfg, definitions);
        c = new CanvasChecker(pipelines, options, cfg);
        checkers.putIfAbsent(chain, c);
        return checkers.get(chain);
    }

    public List<CanvasDefinition> definitions() {
        return definitions;
    }
}
