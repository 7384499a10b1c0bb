package io.llmbench.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates {@code llmbench.*} from HOCON (reference.conf, {@code -Dconfig.file}, {@code -D} overrides).
 * Every problem is a {@link ConfigError} naming the key, the value and what is allowed.
 */
public final class ConfigLoader {
  public static final String ROOT = "llmbench";

  private ConfigLoader() {}

  /** The run's configuration: system properties over {@code -Dconfig.file} over reference.conf. */
  public static BenchConfig load() {
    return load(Map.of());
  }

  /**
   * As {@link #load()}, with a simulation's own defaults (keys without the {@code llmbench.} prefix) between the
   * system properties and the configuration file: {@code -D} always wins.
   */
  public static BenchConfig load(Map<String, ?> simulationDefaults) {
    return load(simulationDefaults, Map.of());
  }

  /**
   * As {@link #load(Map)}, with {@code fixed} options over everything, {@code -D} included: what makes one step of
   * a sweep or suite differ from the next (its request rate, its workload).
   */
  public static BenchConfig load(Map<String, ?> simulationDefaults, Map<String, ?> fixed) {
    ConfigFactory.invalidateCaches();
    return from(ConfigFactory.parseMap(prefixed(fixed))
        .withFallback(ConfigFactory.defaultOverrides())
        .withFallback(ConfigFactory.parseMap(prefixed(simulationDefaults)))
        .withFallback(ConfigFactory.load())
        .resolve());
  }

  /** Exactly these options over reference.conf, ignoring system properties and files; for tests and embedding. */
  public static BenchConfig of(Map<String, ?> options) {
    // not defaultReference(): it carries the system properties as they were when it was first cached
    return from(ConfigFactory.parseMap(prefixed(options)).withFallback(ConfigFactory.parseResources("reference.conf"))
        .resolve());
  }

  private static Map<String, Object> prefixed(Map<String, ?> options) {
    Map<String, Object> out = new LinkedHashMap<>();
    options.forEach((k, v) -> out.put(ROOT + "." + k, v));
    return out;
  }

  public static BenchConfig from(Config root) {
    Config llmbench = root.getConfig(ROOT);
    // -D keys nobody declares are not options (the tests' llmbench.shared-data): left out, as reference.conf's
    // overrides always allowed them; unknown keys from files and simulations are refused
    Config system = ConfigFactory.systemProperties();
    Set<String> declared = Options.specs(OptionRegistry.all()).keySet();
    for (String key : system.hasPath(ROOT) ? system.getConfig(ROOT).root().keySet() : Set.<String>of()) {
      if (declared.stream().noneMatch(d -> d.equals(key) || d.startsWith(key + "."))) {
        llmbench = llmbench.withoutPath(key);
      }
    }
    return new BenchConfig(Options.read(llmbench, OptionRegistry.all()));
  }
}
