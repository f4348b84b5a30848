package nl.ontmoet.dashboard.service;

import nl.ontmoet.subsidy.service.DeadlineRow;

import java.util.List;

/** A manager's day: decisions waiting (with their decision deadline), reports due and late, and every centre. */
public record ManagerToday(List<DeadlineRow> decisions, long reportsDue, long reportsOverdue,
                           List<CentreFigures> centres) {
}
