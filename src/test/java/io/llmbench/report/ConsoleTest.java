package io.llmbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.llmbench.SourceScan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Everything the client prints goes through {@link Console}. */
class ConsoleTest {
  private static final Set<String> PRINTERS = Set.of(
      "src/main/java/io/llmbench/report/Console.java",
      // a command line of its own, in a package that uses no client code
      "src/main/java/io/llmbench/mock/MockServer.java");

  @Test
  void onlyThePrintersUseSystemOutOrErr() {
    List<String> found = SourceScan.offendingLines(SourceScan.folder("src/main/java"), PRINTERS::contains,
        line -> line.contains("System.out") || line.contains("System.err"));
    assertEquals(List.of(), found, "print through io.llmbench.report.Console");
  }
}
