package io.llmbench.run;

import io.llmbench.report.Console;
import io.llmbench.config.OptionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A run's folder under {@code reports/}: request log, manifest, SGLang outputs and a copy of Gatling's report. */
public record RunFolder(Path path) {
  public static final OptionSpec<String> REPORTS_DIR = OptionSpec.string("reports-dir", "reports",
      "where run folders land");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  public static RunFolder create(Path reportsDir, String runName) {
    Path path = reportsDir.resolve(runName.toLowerCase(Locale.ROOT) + "-" + LocalDateTime.now().format(STAMP));
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run folder " + path, e);
    }
    return new RunFolder(path);
  }

  public Path requestLog() {
    return path.resolve(RequestLog.FILE_NAME);
  }

  public Path manifest() {
    return path.resolve(RunManifest.FILE_NAME);
  }

  public Path summary() {
    return path.resolve("summary.txt");
  }

  public Path gatlingReport() {
    return path.resolve("gatling");
  }

  /**
   * Gatling writes its HTML report after the simulation's {@code after()} hook, into {@code target/gatling}; a
   * shutdown hook ({@link ProcessExit}) copies the report of this run (the newest one started since {@code sinceMillis}) here.
   */
  public void copyGatlingReportOnExit(long sinceMillis) {
    ProcessExit.atExit(() -> newestGatlingReport(Path.of("target", "gatling"), sinceMillis).ifPresent(report -> {
      copyTree(report, gatlingReport());
      Console.line("llmbench: Gatling report copied to " + gatlingReport().resolve("index.html"));
    }));
  }

  static Optional<Path> newestGatlingReport(Path resultsDir, long sinceMillis) {
    if (!Files.isDirectory(resultsDir)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(resultsDir)) {
      return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
          .filter(p -> p.toFile().lastModified() >= sinceMillis)
          .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the Gatling report " + from, e);
    }
  }
}
