package nl.ontmoet.subsidy.service;

import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyReport;

import java.math.BigDecimal;
import java.util.List;

/**
 * An application with its scheme, centre and author fetched, its timeline, its accountability report (null until
 * submitted; lines and categories fetched), what the current user may do with it, and what remains under the
 * scheme's ceiling.
 */
public record ApplicationDetail(SubsidyApplication application, List<TransitionRow> history, boolean editable,
                                boolean decidable, BigDecimal remainingUnderCeiling, SubsidyReport report,
                                boolean reportable, boolean settleable) {
}
