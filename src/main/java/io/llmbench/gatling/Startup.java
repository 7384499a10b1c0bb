package io.llmbench.gatling;

import io.llmbench.config.Help;
import io.llmbench.report.Console;
import java.util.function.Supplier;

/**
 * What happens when a run cannot start (a bad option, a missing tokenizer, an unreachable server): one
 * {@code llmbench:} line and a non-zero exit, before any load and without a Java stack trace.
 *
 * <p>The process is ended only when Gatling's launcher is its main class ({@code mvn gatling:test} forks one): a
 * JVM that runs Gatling embedded (a test, an IDE) gets the exception instead, and Gatling reports the crash.
 */
final class Startup {
  static final int EXIT_BAD_INPUT = 1;
  /** Gatling's own launcher, and the Maven plugin's fork around it. */
  private static final java.util.List<String> GATLING_MAINS =
      java.util.List.of("io.gatling.app.Gatling", "io.gatling.plugin.util.ForkMain");

  private Startup() {}

  /**
   * {@code -Dllmbench.help=true}: prints every option and ends the process with 0 before anything is prepared or
   * sent (embedded, it only prints).
   */
  static void helpIfAsked() {
    if (Help.printIfAsked() && ownsProcess()) {
      System.exit(0);
    }
  }

  /** Runs one preparation step; any failure ends the run as described above. */
  static <T> T orExit(Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      if (!ownsProcess()) {
        throw e;
      }
      Console.error(message(e));
      System.exit(EXIT_BAD_INPUT);
      throw e; // not reached
    }
  }

  /** The line a user sees: the cause's own words, prefixed once with {@code llmbench:}. */
  static String message(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return text.startsWith("llmbench:") ? text : "llmbench: " + text;
  }

  static boolean ownsProcess() {
    // the main class, or the Maven plugin's booter jar and then the main class
    String[] command = System.getProperty("sun.java.command", "").split("\\s+");
    return java.util.Arrays.stream(command).limit(2).anyMatch(GATLING_MAINS::contains);
  }
}
