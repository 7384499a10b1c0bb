package io.llmbench.gatling;

import io.llmbench.dataset.DatasetRow;
import java.util.List;

/**
 * One phase of a run: its rows, their arrival schedule, and whether it is the excluded warm-up.
 *
 * @param sessionKey the session attribute holding the claimed index of this phase
 */
record Phase(String name, List<DatasetRow> rows, Dispatcher dispatcher, boolean warmup, String sessionKey) {}
