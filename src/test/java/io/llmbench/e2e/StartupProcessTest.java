package io.llmbench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.OptionRegistry;
import io.llmbench.config.OptionSpec;
import io.llmbench.mock.MockConfig;
import io.llmbench.mock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees from {@code mvn gatling:test}'s forked JVM, whose main class is Gatling's: a run that cannot
 * start ends with one {@code llmbench:} line and a non-zero exit, no stack trace; {@code llmbench.help} lists every
 * option, sends nothing and exits 0.
 */
class StartupProcessTest {
  private static final String STACK_FRAME = "(?s).*\\n\\s+at [\\w.$]+\\(.*";

  record Outcome(int exitCode, String output) {}

  /** A forked Gatling run of these options to its end: its exit status and everything it printed. */
  static Outcome gatling(Path dir, String... options) throws IOException, InterruptedException {
    Process p = ForkedGatling.of(dir, false, List.of(options)).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JVM ended");
    return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void aBadOptionIsOneLineAndAFailedExit(@TempDir Path dir) throws Exception {
    Outcome run = gatling(dir, "-Dllmbench.request-rate=fast");
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(run.output().contains("llmbench: llmbench.request-rate = \"fast\": expected a positive number of"
        + " requests per second, or inf for one burst\n"), run.output());
    assertTrue(!run.output().matches(STACK_FRAME) && !run.output().contains("Exception"), run.output());
  }

  @Test
  void aMissingTokenizerIsOneLineAndAFailedExit(@TempDir Path dir) throws Exception {
    Outcome run = gatling(dir, "-Dllmbench.tokenizer=" + dir.resolve("no-such-tokenizer.json"));
    assertEquals(1, run.exitCode(), run.output());
    assertTrue(run.output().contains("llmbench: tokenizer file not found: "), run.output());
    assertTrue(!run.output().matches(STACK_FRAME) && !run.output().contains("Exception"), run.output());
  }

  @Test
  void helpListsEveryOptionAndSendsNothing(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.start(MockConfig.defaults())) {
      Outcome run = gatling(dir, "-Dllmbench.help=true", "-Dllmbench.base-url=" + mock.baseUrl());
      assertEquals(0, run.exitCode(), run.output());
      for (OptionSpec<?> option : OptionRegistry.all().stream().flatMap(g -> g.options().stream()).toList()) {
        assertTrue(run.output().contains("  " + option.key() + " = "), option.key());
      }
      assertEquals(List.of(), mock.log(), "nothing sent");
    }
  }
}
