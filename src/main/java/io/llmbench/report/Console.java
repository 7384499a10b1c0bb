package io.llmbench.report;

/**
 * The terminal: every line the client prints goes through here, so a test can hold all other classes to it. Results
 * and progress go to stdout, as bench_serving prints them; Python's {@code warnings.warn} output and usage errors to
 * stderr. The mock server's own command line ({@code MockServer.main}) prints for itself, the mock using no client
 * package.
 */
public final class Console {
  private Console() {}

  /** One line on stdout. */
  public static void line(String line) {
    System.out.println(line);
  }

  /** Text on stdout as it is: a rendered block brings its own line breaks. */
  public static void print(String text) {
    System.out.print(text);
  }

  /** A warning on stdout, worded as bench_serving prints its own: {@code WARNING: <message>}. */
  public static void warn(String message) {
    line("WARNING: " + message);
  }

  /** One line on stderr. */
  public static void error(String line) {
    System.err.println(line);
  }
}
