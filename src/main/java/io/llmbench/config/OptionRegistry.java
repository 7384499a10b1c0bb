package io.llmbench.config;

import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.dataset.Datasets;
import io.llmbench.gatling.ConnectionMode;
import io.llmbench.gatling.TlsTrust;
import io.llmbench.metrics.Goodput;
import io.llmbench.metrics.SteadyState;
import io.llmbench.report.ReportOptions;
import io.llmbench.report.VllmOptions;
import io.llmbench.report.html.LlmReport;
import io.llmbench.run.RunFolder;
import io.llmbench.schedule.ArrivalProfiles;
import io.llmbench.schedule.TraceProfile;
import io.llmbench.tokenizer.Tokenizer;
import io.llmbench.verdict.Verdicts;
import java.util.ArrayList;
import java.util.List;

/** The parts that declare options, in the order {@code llmbench.help} lists them; each declares its own. */
public final class OptionRegistry {
  private static final List<OptionGroup> GROUPS = groups();

  private OptionRegistry() {}

  public static List<OptionGroup> all() {
    return GROUPS;
  }

  private static List<OptionGroup> groups() {
    List<OptionGroup> groups = new ArrayList<>();
    groups.add(Compat.OPTIONS);
    groups.add(RequestOptionSpecs.GROUP);
    groups.add(ConnectionMode.OPTIONS);
    groups.add(TlsTrust.OPTIONS);
    groups.add(new OptionGroup("tokenizer", List.of(Tokenizer.OPTION)));
    groups.addAll(Datasets.optionGroups());
    groups.add(ArrivalProfiles.OPTIONS);
    groups.add(TraceProfile.OPTIONS);
    groups.add(BenchConfig.OPTIONS);
    groups.add(ServerLifecycle.options());
    List<OptionSpec<?>> report = new ArrayList<>(ReportOptions.options());
    report.add(RunFolder.REPORTS_DIR);
    groups.add(new OptionGroup("output", report));
    groups.add(VllmOptions.OPTIONS);
    groups.add(Goodput.OPTIONS);
    groups.add(SteadyState.OPTIONS);
    groups.add(LlmReport.OPTIONS);
    groups.add(Thresholds.OPTIONS);
    groups.add(Verdicts.OPTIONS);
    groups.add(SweepSteps.OPTIONS);
    groups.add(MockSettings.OPTIONS);
    groups.add(Help.OPTIONS);
    return List.copyOf(groups);
  }
}
