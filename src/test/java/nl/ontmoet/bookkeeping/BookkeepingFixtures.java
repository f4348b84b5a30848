package nl.ontmoet.bookkeeping;

import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.service.LedgerService;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Small helpers to book in tests. */
final class BookkeepingFixtures {

    static final String NUDE = "huis-van-de-wijk-de-nude";
    static final String ONS_HUIS = "buurthuis-ons-huis";
    static final String POMHORST = "wijkcentrum-de-pomhorst";

    /** A minimal valid PDF header; the type is recognised from these bytes. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private BookkeepingFixtures() {
    }

    static Category category(CategoryRepository categories, String code) {
        return categories.findByCode(code).orElseThrow();
    }

    static LedgerEntry entry(LedgerService ledger, long centreId, Category category, LocalDate date, String amount,
                             String description) {
        var entry = ledger.newEntry(centreId);
        entry.setEntryDate(date);
        entry.setDirection(category.getDirection());
        entry.setCategory(category);
        entry.setAmount(amount == null ? null : new BigDecimal(amount));
        entry.setDescription(description);
        return entry;
    }
}
