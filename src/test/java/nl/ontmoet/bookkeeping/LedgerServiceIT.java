package nl.ontmoet.bookkeeping;

import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import nl.ontmoet.bookkeeping.service.LedgerFilter;
import nl.ontmoet.bookkeeping.service.LedgerService;
import nl.ontmoet.bookkeeping.service.ReceiptUpload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import static nl.ontmoet.bookkeeping.BookkeepingFixtures.NUDE;
import static nl.ontmoet.bookkeeping.BookkeepingFixtures.POMHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class LedgerServiceIT {

    private static final LocalDate MARCH_2021 = LocalDate.of(2021, 3, 10);

    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    BookkeepingFixtures fixtures;
    @Autowired
    CategoryRepository categories;

    @Test
    @WithUserDetails("coordinator")
    void filters_sorting_and_totals_are_computed_by_the_database() {
        long nude = fixtures.centre(NUDE);
        var activities = fixtures.category("ACTIVITEITEN");
        var rent = fixtures.category("ZAALVERHUUR");
        fixtures.book(nude, activities, MARCH_2021, "120.50", "Kookcafe boodschappen");
        fixtures.book(nude, activities, MARCH_2021.plusDays(5), "79.50", "Knutselmiddag materiaal");
        var rental = fixtures.entry(nude, rent, MARCH_2021.plusDays(1), "450.00", "Verhuur zaal");
        rental.setCounterparty("Stichting Buurtbelang");
        rental.setReference("F-2021_7");
        ledger.save(rental, null);

        var year = LedgerFilter.year(2021);
        var page = ledger.page(nude, year, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "amount")));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(LedgerRow::amount)
                .containsExactly(new BigDecimal("450.00"), new BigDecimal("120.50"), new BigDecimal("79.50"));

        var totals = ledger.totals(nude, year);
        assertThat(totals.income()).isEqualByComparingTo("450.00");
        assertThat(totals.expense()).isEqualByComparingTo("200.00");
        assertThat(totals.balance()).isEqualByComparingTo("250.00");

        var expenses = new LedgerFilter(year.from(), year.to(), null, Direction.EXPENSE, null);
        assertThat(ledger.page(nude, expenses, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
        assertThat(ledger.totals(nude, expenses).income()).isEqualByComparingTo("0");

        var byCategory = new LedgerFilter(year.from(), year.to(), rent.getId(), null, null);
        assertThat(ledger.page(nude, byCategory, PageRequest.of(0, 10)).getContent())
                .extracting(LedgerRow::description).containsExactly("Verhuur zaal");

        var byText = new LedgerFilter(year.from(), year.to(), null, null, "buurtbelang");
        assertThat(ledger.page(nude, byText, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        // LIKE wildcards in the search text are taken literally
        var underscore = new LedgerFilter(year.from(), year.to(), null, null, "F-2021_7");
        assertThat(ledger.page(nude, underscore, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        var percent = new LedgerFilter(year.from(), year.to(), null, null, "%");
        assertThat(ledger.page(nude, percent, PageRequest.of(0, 10)).getTotalElements()).isZero();

        var march = new LedgerFilter(MARCH_2021, MARCH_2021.plusDays(1), null, null, null);
        assertThat(ledger.totals(nude, march).expense()).isEqualByComparingTo("120.50");
    }

    @Test
    @WithUserDetails("coordinator")
    void bad_input_is_refused_at_its_field_and_nothing_is_stored() {
        long nude = fixtures.centre(NUDE);
        long before = entries.countByCentreId(nude);
        var activities = fixtures.category("ACTIVITEITEN");
        var subsidy = fixtures.category("SUBSIDIE");

        refused(e -> e.setAmount(BigDecimal.ZERO), "amount", "bookkeeping.error.amountNotPositive");
        refused(e -> e.setAmount(new BigDecimal("-5.00")), "amount", "bookkeeping.error.amountNotPositive");
        refused(e -> e.setAmount(null), "amount", "bookkeeping.error.amountRequired");
        refused(e -> e.setAmount(new BigDecimal("10.005")), "amount", "bookkeeping.error.amountDecimals");
        refused(e -> e.setAmount(new BigDecimal("10000000.00")), "amount", "bookkeeping.error.amountTooLarge");
        refused(e -> e.setCategory(null), "category", "bookkeeping.error.categoryRequired");
        refused(e -> e.setCategory(subsidy), "category", "bookkeeping.error.categoryWrongDirection");
        refused(e -> e.setDescription("   "), "description", "bookkeeping.error.descriptionRequired");
        refused(e -> e.setEntryDate(LocalDate.of(1999, 12, 31)), "entryDate", "bookkeeping.error.dateOutOfRange");
        refused(e -> e.setEntryDate(null), "entryDate", "bookkeeping.error.dateRequired");
        refusedWithReceipt(new ReceiptUpload("bon.pdf", "dit is geen pdf".getBytes()), "bookkeeping.error.receiptType");
        refusedWithReceipt(new ReceiptUpload("groot.pdf", new byte[10 * 1024 * 1024 + 1]),
                "bookkeeping.error.receiptTooLarge");
        refusedWithReceipt(new ReceiptUpload("bon.pdf", nl.ontmoet.subsidy.TestFiles.htmlPosingAsPdf()),
                "bookkeeping.error.receiptUnreadablePdf");

        activities.setActive(false);
        categories.saveAndFlush(activities);
        refused(e -> { }, "category", "bookkeeping.error.categoryInactive");

        assertThat(entries.countByCentreId(nude)).isEqualTo(before);
    }

    private void refused(Consumer<nl.ontmoet.bookkeeping.domain.LedgerEntry> change, String field, String key) {
        var entry = fixtures.entry(fixtures.centre(NUDE), fixtures.category("ACTIVITEITEN"), MARCH_2021, "10.00", "Iets");
        change.accept(entry);
        assertThatThrownBy(() -> ledger.save(entry, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).contains(field);
                });
    }

    private void refusedWithReceipt(ReceiptUpload receipt, String key) {
        var entry = fixtures.entry(fixtures.centre(NUDE), fixtures.category("ACTIVITEITEN"), MARCH_2021, "10.00", "Met bon");
        assertThatThrownBy(() -> ledger.save(entry, receipt))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).contains("receipt");
                });
    }

    @Test
    @WithUserDetails("coordinator")
    void a_receipt_name_cannot_inject_a_second_file_name_into_the_download() {
        var saved = ledger.save(fixtures.entry(fixtures.centre(NUDE), fixtures.category("ONDERHOUD"), MARCH_2021, "5.00",
                "Bon met rare naam"), new ReceiptUpload("bon\"; filename*=UTF-8''evil.html", BookkeepingFixtures.PDF));
        var receipt = ledger.receipt(saved.getId());
        assertThat(receipt.fileName()).isEqualTo("bon_filename_UTF-8_evil.pdf");
        assertThat(receipt.contentDisposition()).isEqualTo("attachment; filename=\"bon_filename_UTF-8_evil.pdf\"; "
                + "filename*=UTF-8''bon_filename_UTF-8_evil.pdf");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_receipt_is_stored_with_its_entry_and_can_be_downloaded_again() {
        var saved = ledger.save(fixtures.entry(fixtures.centre(NUDE), fixtures.category("ONDERHOUD"), MARCH_2021, "35.99",
                "Lampen grote zaal"), new ReceiptUpload("bon bouwmarkt", BookkeepingFixtures.PDF));
        assertThat(ledger.hasReceipt(saved.getId())).isTrue();
        var receipt = ledger.receipt(saved.getId());
        assertThat(receipt.fileName()).isEqualTo("bon bouwmarkt.pdf");
        assertThat(receipt.contentType()).isEqualTo("application/pdf");
        assertThat(receipt.content()).isEqualTo(BookkeepingFixtures.PDF);
        assertThat(ledger.page(fixtures.centre(NUDE), LedgerFilter.year(2021), PageRequest.of(0, 5)).getContent())
                .anySatisfy(row -> assertThat(row.hasReceipt()).isTrue());
    }

    @Test
    @WithUserDetails("coordinator2")
    void another_centres_coordinator_sees_nothing_and_books_nothing() {
        long nude = fixtures.centre(NUDE);
        assertThatThrownBy(() -> ledger.page(nude, LedgerFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ledger.totals(nude, LedgerFilter.none())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ledger.newEntry(nude)).isInstanceOf(RecordNotFoundException.class);
        long someEntry = entries.findAll(PageRequest.of(0, 1)).getContent().stream()
                .filter(e -> e.getCentre().getId() == nude).findFirst().map(e -> e.getId())
                .orElseGet(() -> entries.findAll().stream().filter(e -> e.getCentre().getId() == nude)
                        .findFirst().orElseThrow().getId());
        assertThatThrownBy(() -> ledger.get(someEntry)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ledger.delete(someEntry)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("coach")
    void a_coach_reads_a_coachees_ledger_but_cannot_book() {
        long nude = fixtures.centre(NUDE);
        assertThat(ledger.page(nude, LedgerFilter.none(), PageRequest.of(0, 5)).getTotalElements()).isPositive();
        assertThat(ledger.canBook(nude)).isFalse();
        assertThatThrownBy(() -> ledger.newEntry(nude)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_every_ledger_but_cannot_book() {
        long pomhorst = fixtures.centre(POMHORST);
        assertThat(ledger.page(pomhorst, LedgerFilter.none(), PageRequest.of(0, 5)).getTotalElements()).isPositive();
        assertThatThrownBy(() -> ledger.newEntry(pomhorst)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_reads_but_does_not_book() {
        long nude = fixtures.centre(NUDE);
        assertThat(ledger.totals(nude, LedgerFilter.none()).expense()).isPositive();
        var entry = entries.findAll().stream().filter(e -> e.getCentre().getId() == nude).findFirst().orElseThrow();
        assertThatThrownBy(() -> ledger.save(entry, null)).isInstanceOf(RecordNotFoundException.class);
    }
}
