package nl.ontmoet.bookkeeping;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.BookkeepingRules;
import nl.ontmoet.bookkeeping.service.ReportLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookkeepingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest
    @CsvSource({"0.01,0.01", "12.5,12.50", "9999999.99,9999999.99", "100.000,100.00"})
    void valid_amounts_get_two_decimals(String input, String expected) {
        assertThat(BookkeepingRules.requireEntryAmount(new BigDecimal(input), "amount")).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"0,bookkeeping.error.amountNotPositive", "-0.01,bookkeeping.error.amountNotPositive",
            "1.234,bookkeeping.error.amountDecimals", "10000000,bookkeeping.error.amountTooLarge",
            "12000000.50,bookkeeping.error.amountTooLarge"})
    void bad_amounts_are_refused_with_their_reason(String input, String key) {
        assertThatThrownBy(() -> BookkeepingRules.requireEntryAmount(new BigDecimal(input), "amount"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).contains("amount");
                });
    }

    @Test
    void a_budget_amount_may_be_zero_or_empty_but_not_negative() {
        assertThat(BookkeepingRules.requireBudgetAmount(null, "x")).isEqualByComparingTo("0");
        assertThat(BookkeepingRules.requireBudgetAmount(BigDecimal.ZERO, "x")).isEqualTo(new BigDecimal("0.00"));
        assertThatThrownBy(() -> BookkeepingRules.requireBudgetAmount(new BigDecimal("-1"), "x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void dates_must_lie_between_2000_and_next_year() {
        BookkeepingRules.requireEntryDate(LocalDate.of(2000, 1, 1), TODAY);
        BookkeepingRules.requireEntryDate(LocalDate.of(2027, 12, 31), TODAY);
        assertThatThrownBy(() -> BookkeepingRules.requireEntryDate(LocalDate.of(1999, 12, 31), TODAY))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> BookkeepingRules.requireEntryDate(LocalDate.of(2028, 1, 1), TODAY))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> BookkeepingRules.requireEntryDate(null, TODAY)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_category_must_match_the_direction_and_be_active() {
        var rent = new Category("HUUR", "Huur", Direction.EXPENSE);
        BookkeepingRules.requireCategoryFits(rent, Direction.EXPENSE);
        assertThatThrownBy(() -> BookkeepingRules.requireCategoryFits(rent, Direction.INCOME))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.categoryWrongDirection"));
        rent.setActive(false);
        assertThatThrownBy(() -> BookkeepingRules.requireCategoryFits(rent, Direction.EXPENSE))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.categoryInactive"));
        assertThatThrownBy(() -> BookkeepingRules.requireCategoryFits(null, Direction.EXPENSE))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void receipts_are_recognised_by_their_bytes_not_their_name() {
        assertThat(BookkeepingRules.requireReceipt(BookkeepingFixtures.PDF)).isEqualTo(BookkeepingRules.ReceiptType.PDF);
        assertThat(BookkeepingRules.requireReceipt(BookkeepingFixtures.PNG)).isEqualTo(BookkeepingRules.ReceiptType.PNG);
        assertThat(BookkeepingRules.requireReceipt(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(BookkeepingRules.ReceiptType.JPEG);
        assertThatThrownBy(() -> BookkeepingRules.requireReceipt("MZ executable".getBytes()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.receiptType"));
        assertThatThrownBy(() -> BookkeepingRules.requireReceipt(new byte[0])).isInstanceOf(BusinessRuleException.class);
        var tooBig = new byte[(int) BookkeepingRules.MAX_RECEIPT_BYTES + 1];
        System.arraycopy(BookkeepingFixtures.PDF, 0, tooBig, 0, BookkeepingFixtures.PDF.length);
        assertThatThrownBy(() -> BookkeepingRules.requireReceipt(tooBig))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.receiptTooLarge"));
    }

    @Test
    void over_90_percent_is_near_and_over_100_percent_is_over_the_budget() {
        var line = line("1000.00", "1000.00");
        assertThat(line.status(new BigDecimal("900.00"))).isEqualTo(ReportLine.Status.OK);
        assertThat(line.status(new BigDecimal("900.01"))).isEqualTo(ReportLine.Status.NEAR);
        assertThat(line.status(new BigDecimal("1000.00"))).isEqualTo(ReportLine.Status.NEAR);
        assertThat(line.status(new BigDecimal("1000.01"))).isEqualTo(ReportLine.Status.OVER);
        assertThat(line("0.00", "5.00").status(new BigDecimal("5.00"))).isEqualTo(ReportLine.Status.OVER);
        assertThat(line("0.00", "5.00").percentUsed()).isNull();
        assertThat(line("300.00", "100.00").percentUsed()).isEqualByComparingTo("33.3");
    }

    private static ReportLine line(String budgeted, String actual) {
        List<BigDecimal> monthly = new java.util.ArrayList<>(Collections.nCopies(12, new BigDecimal("0.00")));
        monthly.set(0, new BigDecimal(actual));
        return new ReportLine(1, "X", "X", Direction.EXPENSE, new BigDecimal(budgeted), new BigDecimal(actual), monthly);
    }

    @Test
    void a_date_out_of_range_names_the_first_and_last_year_allowed() {
        assertThatThrownBy(() -> BookkeepingRules.requireEntryDate(LocalDate.of(2028, 1, 1), TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.dateOutOfRange");
                    assertThat(e.getArguments()).containsExactly("2000", "2027");
                });
    }

    @Test
    void a_budget_year_lies_between_2000_and_five_years_ahead() {
        BookkeepingRules.requireBudgetYear(2000, TODAY);
        BookkeepingRules.requireBudgetYear(2031, TODAY);
        for (int year : new int[]{1999, 2032}) {
            assertThatThrownBy(() -> BookkeepingRules.requireBudgetYear(year, TODAY))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.getField()).contains("year");
                        assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.yearOutOfRange");
                        assertThat(e.getArguments()).containsExactly("2000", "2031");
                    });
        }
    }

    @Test
    void html_with_a_script_behind_a_pdf_header_is_no_receipt() {
        assertThatThrownBy(() -> BookkeepingRules.requireReceipt(nl.ontmoet.subsidy.TestFiles.htmlPosingAsPdf()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.receiptUnreadablePdf");
                    assertThat(e.getField()).contains("receipt");
                });
    }

    @Test
    void a_receipt_of_exactly_10_mb_is_accepted() {
        var tenMegabytes = new byte[(int) BookkeepingRules.MAX_RECEIPT_BYTES];
        System.arraycopy(BookkeepingFixtures.PDF, 0, tenMegabytes, 0, BookkeepingFixtures.PDF.length);
        assertThat(BookkeepingRules.requireReceipt(tenMegabytes)).isEqualTo(BookkeepingRules.ReceiptType.PDF);
    }

    @Test
    void a_receipt_no_longer_than_its_signature_is_recognised_and_a_shorter_one_is_refused() {
        assertThat(BookkeepingRules.requireReceipt(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .isEqualTo(BookkeepingRules.ReceiptType.JPEG);
        assertThatThrownBy(() -> BookkeepingRules.requireReceipt(new byte[]{'%', 'P'}))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("bookkeeping.error.receiptType"));
    }
}
