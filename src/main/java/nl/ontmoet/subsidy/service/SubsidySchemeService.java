package nl.ontmoet.subsidy.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.Amounts;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.base.security.Roles;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Subsidy schemes: kept by managers; the open ones are offered to coordinators when they apply. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubsidySchemeService {

    private final SubsidySchemeRepository schemes;
    private final Clock clock;

    @PreAuthorize(Roles.HAS_MANAGER)
    public List<SchemeRow> overview() {
        Map<Long, BigDecimal[]> totals = new HashMap<>();
        for (Object[] row : schemes.totals()) {
            totals.put((Long) row[0], new BigDecimal[]{money(row[1]), money(row[2])});
        }
        return schemes.findAll(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("name"))).stream().map(s -> {
            var sums = totals.getOrDefault(s.getId(), new BigDecimal[]{money(null), money(null)});
            return new SchemeRow(s.getId(), s.getName(), s.getYear(), s.getCeiling(), s.getOpensOn(),
                    s.getClosesOn(), sums[0], sums[1]);
        }).toList();
    }

    @PreAuthorize(Roles.HAS_MANAGER)
    public SchemeInput edit(long id) {
        return SchemeInput.of(schemes.findById(id).orElseThrow(() -> new RecordNotFoundException("Scheme", id)));
    }

    /** Schemes whose window has not closed yet, for the application form. */
    @PreAuthorize("isAuthenticated()")
    public List<SubsidyScheme> notClosed() {
        return schemes.notClosed(LocalDate.now(clock));
    }

    @Transactional
    @PreAuthorize(Roles.HAS_MANAGER)
    public SubsidyScheme save(SchemeInput input) {
        if (input.getName() == null || input.getName().isBlank()) {
            throw BusinessRuleException.onField("name", "subsidy.error.nameRequired");
        }
        if (input.getYear() == null || input.getYear() < 2000 || input.getYear() > 2100) {
            throw BusinessRuleException.onField("year", "subsidy.error.year");
        }
        if (input.getCeiling() == null || input.getCeiling().signum() <= 0) {
            throw BusinessRuleException.onField("ceiling", "subsidy.error.ceilingPositive");
        }
        BigDecimal ceiling = Amounts.cents(input.getCeiling(), "ceiling");
        if (input.getOpensOn() == null) {
            throw BusinessRuleException.onField("opensOn", "subsidy.error.opensRequired");
        }
        if (input.getClosesOn() == null || !input.getClosesOn().isAfter(input.getOpensOn())) {
            throw BusinessRuleException.onField("closesOn", "subsidy.error.closesAfterOpens");
        }
        BigDecimal threshold = input.getReportThreshold() == null ? BigDecimal.ZERO : input.getReportThreshold();
        if (threshold.signum() < 0) {
            throw BusinessRuleException.onField("reportThreshold", "subsidy.error.thresholdNegative");
        }
        threshold = Amounts.cents(threshold, "reportThreshold");
        if (input.getReportDeadline() != null && !input.getReportDeadline().isAfter(input.getClosesOn())) {
            throw BusinessRuleException.onField("reportDeadline", "subsidy.error.deadlineAfterClose");
        }
        String conditions = input.getConditions() == null || input.getConditions().isBlank() ? null
                : input.getConditions().strip();
        String regulation = required("regulation", input.getRegulation(), SubsidyScheme.REGULATION_LENGTH);
        String article = required("article", input.getArticle(), SubsidyScheme.ARTICLE_LENGTH);
        Integer weeks = input.getDecisionWeeks();
        if (weeks == null || weeks < 1 || weeks > SubsidyScheme.MAX_DECISION_WEEKS) {
            throw BusinessRuleException.onField("decisionWeeks", "subsidy.error.decisionWeeks",
                    SubsidyScheme.MAX_DECISION_WEEKS);
        }
        Integer advance = input.getAdvancePercentage();
        if (advance == null || advance < 0 || advance > SubsidyScheme.MAX_ADVANCE_PERCENTAGE) {
            throw BusinessRuleException.onField("advancePercentage", "subsidy.error.advancePercentage");
        }
        SubsidyScheme scheme;
        if (input.getId() == null) {
            scheme = new SubsidyScheme(input.getName().strip(), input.getYear(), ceiling,
                    input.getOpensOn(), input.getClosesOn(), threshold, input.getReportDeadline(), conditions);
        } else {
            scheme = schemes.lockById(input.getId()).orElseThrow(() -> new RecordNotFoundException("Scheme",
                    input.getId()));
            if (ceiling.compareTo(grantedUnder(scheme.getId())) < 0) {
                throw BusinessRuleException.onField("ceiling", "subsidy.error.ceilingBelowGranted");
            }
            scheme.update(input.getName().strip(), input.getYear(), ceiling, input.getOpensOn(),
                    input.getClosesOn(), threshold, input.getReportDeadline(), conditions);
        }
        scheme.legalBasis(regulation, article);
        scheme.setDecisionWeeks(weeks);
        scheme.setAdvancePercentage(advance);
        return schemes.saveAndFlush(scheme);
    }

    /** The legal basis (Awb 4:23) is required of every scheme saved, so every letter can cite it. */
    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "subsidy.error." + field + "Required");
        }
        if (value.strip().length() > maxLength) {
            throw BusinessRuleException.onField(field, "subsidy.error.tooLong", maxLength);
        }
        return value.strip();
    }

    private BigDecimal grantedUnder(long schemeId) {
        return schemes.totals().stream().filter(r -> r[0].equals(schemeId)).findFirst()
                .map(r -> money(r[2])).orElse(money(null));
    }

    private static BigDecimal money(Object value) {
        return value == null ? Amounts.ZERO : ((BigDecimal) value).setScale(2);
    }
}
