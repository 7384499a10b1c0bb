package io.llmbench.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Gatling JVM as {@code mvn gatling:test} forks one, on this test's class path: Gatling's launcher as main class
 * (so the run owns its process), java.lang opened for Gatling's stats writer, DJL offline, and the run folders under
 * {@code dir/reports}. It runs {@link E2eSimulation}, driven by the {@code -Dllmbench.*} properties given.
 */
final class ForkedGatling {
  private ForkedGatling() {}

  static ProcessBuilder of(Path dir, boolean htmlReport, List<String> properties) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dai.djl.offline=true",
        "-Dllmbench.reports-dir=" + dir.resolve("reports")));
    command.addAll(properties);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
        "-s", E2eSimulation.class.getName(), "-rf", dir.resolve("gatling").toString()));
    if (!htmlReport) {
      command.add("-nr");
    }
    ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
    process.environment().put("DJL_OFFLINE", "true");
    return process;
  }
}
