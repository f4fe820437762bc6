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
 * The checker for each canvas: one per configuration in force (the {@code --config} file, else the nearest
 * {@code .canvas.yaml} above the canvas, else the built-in rule set), built once and shared.
 */
public final class CheckerFactory {

    private final List<CanvasDefinition> definitions;
    private final List<Pipeline> pipelines;
    private final CheckOptions options;
    private final Optional<Path> explicitConfig;
    private final Map<Optional<Path>, CanvasChecker> checkers = new ConcurrentHashMap<>();
    /** The configuration file of each directory a canvas is in: canvases share a few directories. */
    private final Map<Path, Optional<Path>> configOfDir = new ConcurrentHashMap<>();

    /** @param definitions what canvases are checked against, the default first (see {@link CanvasChecker}) */
    public CheckerFactory(List<CanvasDefinition> definitions, CheckOptions options, Optional<Path> explicitConfig) {
        this.definitions = List.copyOf(definitions);
        this.pipelines = this.definitions.stream().map(Pipeline::of).toList();
        this.options = options;
        this.explicitConfig = explicitConfig;
    }

    /** The configuration file that applies to a canvas, if any. */
    public Optional<Path> configFor(Path canvas) {
        if (explicitConfig.isPresent()) {
            return explicitConfig;
        }
        Path dir = canvas.toAbsolutePath().getParent();
        return dir == null ? Optional.empty() : configOfDir.computeIfAbsent(dir, ConfigLoader::find);
    }

    public CanvasChecker forCanvas(Path canvas) throws ConfigException {
        return forConfig(configFor(canvas));
    }

    public CanvasChecker forConfig(Optional<Path> config) throws ConfigException {
        CanvasChecker c = checkers.get(config);
        if (c != null) {
            return c;
        }
        CanvasConfig cfg = config.isEmpty() ? ConfigLoader.builtIn() : ConfigLoader.load(config.get(), config.get().toString());
        c = new CanvasChecker(pipelines, options, cfg);
        checkers.putIfAbsent(config, c);
        return checkers.get(config);
    }

    public List<CanvasDefinition> definitions() {
        return definitions;
    }
}
