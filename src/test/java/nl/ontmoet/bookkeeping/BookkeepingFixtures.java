package nl.ontmoet.bookkeeping;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.BudgetLineData;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.centre.domain.CentreRepository;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test helper: the demo centres and categories, and ledger entries made through the real service. */
@Component
@RequiredArgsConstructor
public class BookkeepingFixtures {

    static final String NUDE = "huis-van-de-wijk-de-nude";
    static final String ONS_HUIS = "buurthuis-ons-huis";
    static final String POMHORST = "wijkcentrum-de-pomhorst";

    /** A minimal valid PDF header; the type is recognised from these bytes. */
    static final byte[] PDF = nl.ontmoet.subsidy.TestFiles.pdf();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private final LedgerService ledger;
    private final CategoryRepository categories;
    private final CentreRepository centres;

    long centre(String slug) {
        return centres.findBySlug(slug).orElseThrow().getId();
    }

    Category category(String code) {
        return categories.findByCode(code).orElseThrow();
    }

    /** Books an entry as the current user, through the same service call as the ledger screen. */
    LedgerEntry book(long centreId, Category category, LocalDate date, String amount, String description) {
        return ledger.save(entry(centreId, category, date, amount, description), null);
    }

    LedgerEntry entry(long centreId, Category category, LocalDate date, String amount, String description) {
        var entry = ledger.newEntry(centreId);
        entry.setEntryDate(date);
        entry.setDirection(category.getDirection());
        entry.setCategory(category);
        entry.setAmount(amount == null ? null : new BigDecimal(amount));
        entry.setDescription(description);
        return entry;
    }

    /** The budget lines with one category's amount and note changed, as the budget screen sends them. */
    static List<BudgetLineData> with(List<BudgetLineData> lines, String code, String amount, String note) {
        return lines.stream().map(l -> l.code().equals(code)
                ? new BudgetLineData(l.categoryId(), l.code(), l.name(), l.direction(),
                amount == null ? null : new BigDecimal(amount), note) : l).toList();
    }
}
