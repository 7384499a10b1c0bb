package io.llmbench.e2e;

import io.gatling.app.Gatling$;
import io.llmbench.run.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a simulation in this JVM, as {@code mvn gatling:test} would in its fork, with {@code llmbench.*} options
 * set as system properties for the duration of the run only.
 *
 * @param exitCode Gatling's exit code (non-zero when an assertion failed or the run crashed)
 * @param folder the run folder the simulation wrote
 */
public record GatlingRun(int exitCode, RunFolder folder) {

  public static GatlingRun run(Class<?> simulation, Path workDir, Map<String, ?> options) {
    Map<String, Object> all = new LinkedHashMap<>(options);
    all.put("reports-dir", workDir.resolve("reports").toString());
    all.forEach((k, v) -> System.setProperty("llmbench." + k, String.valueOf(v)));
    try {
      int code = Gatling$.MODULE$.fromArgs(new String[] {
          "-s", simulation.getName(), "-rf", workDir.resolve("gatling").toString(), "-nr"});
      return new GatlingRun(code, newestRun(workDir.resolve("reports")));
    } finally {
      all.keySet().forEach(k -> System.clearProperty("llmbench." + k));
      // the default reference caches the -D overrides: later tests in this JVM must not see this run's options
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }

  /** Options as alternating keys and values, in order. */
  public static Map<String, Object> options(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  private static RunFolder newestRun(Path reports) {
    try (Stream<Path> runs = Files.list(reports)) {
      return new RunFolder(runs.max(Comparator.comparing(Path::toString)).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
