package io.llmbench.run;

import io.llmbench.report.Console;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The process's one llmbench shutdown hook: the file work that must wait for Gatling (copying its HTML report),
 * then, when a verdict failed, exit status 1. Gatling decides its own exit code before our verdicts are known, so
 * only a shutdown hook can still fail the build; it halts after every copy is done, so nothing is lost. Halting is
 * for a process we own (the forked Gatling JVM): a test that runs Gatling embedded reads the verdict files.
 */
public final class ProcessExit {
  private static final List<Runnable> WORK = new CopyOnWriteArrayList<>();
  private static volatile boolean fail;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ProcessExit::run, "llmbench-exit"));
  }

  private ProcessExit() {}

  /** Runs {@code work} when the JVM ends, before the exit status is set. */
  public static void atExit(Runnable work) {
    WORK.add(work);
  }

  /** Ends the process with status 1 once the exit work is done. Call only where the process is ours. */
  public static void failProcess() {
    fail = true;
  }

  private static void run() {
    for (Runnable work : WORK) {
      try {
        work.run();
      } catch (RuntimeException e) {
        Console.error("llmbench: " + e.getMessage());
      }
    }
    if (fail) {
      Runtime.getRuntime().halt(1);
    }
  }
}
