package io.llmbench.run;

/**
 * How much CPU the client itself used while measuring: a client that shares its machine with the server takes CPU
 * from it, and the server's figures pay for it.
 *
 * @param cpuNanos the client process's CPU time over the measured phase (all its threads)
 * @param wallNanos the measured phase's wall time, first send to last recorded end
 * @param machineCores the cores the client's JVM saw
 * @param serverLocal the target is on this machine (a loopback address)
 * @param embeddedMock the target is the mock inside the client's JVM, whose CPU time includes it
 */
public record ClientLoad(long cpuNanos, long wallNanos, int machineCores, boolean serverLocal, boolean embeddedMock) {
  /** Above this share of the machine, a client beside its server is called out. */
  public static final double WARN_SHARE = 0.25;

  /** Cores the client kept busy on average. */
  public double cores() {
    return wallNanos <= 0 ? 0 : (double) cpuNanos / wallNanos;
  }

  /** Whether the client took enough of a shared machine to slow the server down (the embedded mock is ours). */
  public boolean crowdsTheServer() {
    return serverLocal && !embeddedMock && cores() > WARN_SHARE * machineCores;
  }

  /** This process's CPU time so far, in ns. */
  public static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
