package io.llmbench.run;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How much CPU the client itself used while measuring: a client that shares its machine with the server takes CPU
 * from it, and the server's figures pay for it. Its JIT compilers' share tells how much of that is a client still
 * compiling rather than its steady cost (docs/benchmarks.md#warm-up).
 *
 * @param cpuNanos the client process's CPU time over the measured phase (all its threads)
 * @param compileNanos the JIT compilers' time over the measured phase, or -1 where the JVM does not tell
 * @param wallNanos the measured phase's wall time, first send to last recorded end
 * @param machineCores the cores the client's JVM saw
 * @param serverLocal the target is on this machine (a loopback address)
 * @param embeddedMock the target is the mock inside the client's JVM, whose CPU time includes it
 */
public record ClientLoad(long cpuNanos, long compileNanos, long wallNanos, int machineCores, boolean serverLocal,
    boolean embeddedMock) {
  /** Above this share of the machine, a client beside its server is called out. */
  public static final double WARN_SHARE = 0.25;

  /** The client's counters at one instant. */
  public record Stamp(long wallNanos, long cpuNanos, long compileNanos) {
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    public static Stamp now() {
      long compile = JIT != null && JIT.isCompilationTimeMonitoringSupported()
          ? JIT.getTotalCompilationTime() * 1_000_000 : -1;
      return new Stamp(System.nanoTime(), processCpuNanos(), compile);
    }
  }

  /** The load between two stamps, {@code first} taken at the first measured send. */
  public static ClientLoad between(Stamp first, Stamp last, int machineCores, boolean serverLocal,
      boolean embeddedMock) {
    long compile = first.compileNanos() < 0 ? -1 : last.compileNanos() - first.compileNanos();
    return new ClientLoad(last.cpuNanos() - first.cpuNanos(), compile, last.wallNanos() - first.wallNanos(),
        machineCores, serverLocal, embeddedMock);
  }

  /** Cores the client kept busy on average. */
  public double cores() {
    return wallNanos <= 0 ? 0 : (double) cpuNanos / wallNanos;
  }

  /**
   * Cores the JIT compilers kept busy on average (the JVM counts their time per compilation, so a compiler thread
   * waiting for a core is counted too), or null where the JVM does not tell.
   */
  public Double jitCores() {
    return compileNanos < 0 ? null : wallNanos <= 0 ? 0.0 : (double) compileNanos / wallNanos;
  }

  /** Whether the client took enough of a shared machine to slow the server down (the embedded mock is ours). */
  public boolean crowdsTheServer() {
    return serverLocal && !embeddedMock && cores() > WARN_SHARE * machineCores;
  }

  /** This process's CPU time so far, in ns. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
