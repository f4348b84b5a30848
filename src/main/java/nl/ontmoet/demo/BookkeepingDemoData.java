package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.domain.Budget;
import nl.ontmoet.bookkeeping.domain.BudgetLine;
import nl.ontmoet.bookkeeping.domain.BudgetRepository;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.LedgerEntry;
import nl.ontmoet.bookkeeping.domain.LedgerEntryRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.domain.CentreRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budgets for last year and this year and a year of bookings for the two centres of Cor Bakker and the
 * one of Fatima El Amrani. Only when the bookkeeping tables are still empty.
 */
@Component
@Profile("demo")
@Order(BookkeepingDemoData.ORDER)
@RequiredArgsConstructor
class BookkeepingDemoData implements ApplicationRunner {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(BookkeepingDemoData.class);

    /** Budget per category code for a mid-sized centre; smaller centres get a fraction. */
    private static final Map<String, String> BUDGET = Map.ofEntries(
            Map.entry("SUBSIDIE", "85000"), Map.entry("ZAALVERHUUR", "12000"), Map.entry("BIJDRAGEN", "6000"),
            Map.entry("BAR", "9000"), Map.entry("FONDSEN", "4000"), Map.entry("PERSONEEL", "62000"),
            Map.entry("HUUR_ENERGIE", "28000"), Map.entry("ACTIVITEITEN", "11000"),
            Map.entry("MARKETING", "2500"), Map.entry("VRIJWILLIGERS", "7500"), Map.entry("ONDERHOUD", "4000"));

    private record Booking(String code, int day, String amount, String description, String counterparty) {
    }

    /** What a month in a meeting centre typically looks like. */
    private static final List<Booking> MONTH = List.of(
            new Booking("PERSONEEL", 25, "5150.00", "Salaris beheerder", "Salarisadministratie"),
            new Booking("HUUR_ENERGIE", 1, "1650.00", "Huur gebouw", "Woonstichting Thuis"),
            new Booking("HUUR_ENERGIE", 15, "612.40", "Energie (voorschot)", "Energiebedrijf Oost"),
            new Booking("ACTIVITEITEN", 9, "184.35", "Boodschappen kookcafé", "Supermarkt De Hoek"),
            new Booking("VRIJWILLIGERS", 28, "560.00", "Vrijwilligersvergoedingen", "Vrijwilligers"),
            new Booking("ZAALVERHUUR", 12, "850.00", "Verhuur grote zaal", "Stichting Buurtbelang"),
            new Booking("BAR", 30, "710.50", "Opbrengst bar", "Kas"),
            new Booking("BIJDRAGEN", 20, "465.00", "Eigen bijdragen cursussen", "Deelnemers"));

    private final CategoryRepository categories;
    private final BudgetRepository budgets;
    private final LedgerEntryRepository entries;
    private final CentreRepository centres;
    private final Clock clock;
    private final DemoAccounts accounts;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entries.count() > 0 || budgets.count() > 0) {
            return;
        }
        var byCode = new java.util.HashMap<String, Category>();
        categories.findAll().forEach(c -> byCode.put(c.getCode(), c));
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (var slugAndScale : List.of(Map.entry("huis-van-de-wijk-de-nude", "1.00"),
                Map.entry("buurthuis-ons-huis", "0.60"), Map.entry("wijkcentrum-de-pomhorst", "0.85"))) {
            var centre = centres.findBySlug(slugAndScale.getKey()).orElse(null);
            if (centre == null) {
                continue;
            }
            var scale = new BigDecimal(slugAndScale.getValue());
            budget(centre, today.getYear() - 1, scale, byCode);
            budget(centre, today.getYear(), scale.multiply(new BigDecimal("1.03")), byCode);
            count += book(centre, today.getYear() - 1, 12, scale, byCode);
            count += book(centre, today.getYear(), today.getMonthValue(), scale, byCode);
        }
        var nude = centres.findBySlug("huis-van-de-wijk-de-nude").orElse(null);
        if (nude != null) {
            entries.save(entry(nude, LocalDate.of(today.getYear(), 1, 15), "SUBSIDIE", new BigDecimal("85000.00"),
                    "Subsidie ontmoetingscentrum " + today.getYear(), "Gemeente", "BESCH-" + today.getYear() + "-041", byCode));
            entries.save(entry(nude, LocalDate.of(today.getYear(), 3, 4), "MARKETING", new BigDecimal("2395.00"),
                    "Nieuwe folders en website", "Drukkerij Van Dam", "F2024-1187", byCode));
            entries.save(entry(nude, LocalDate.of(today.getYear(), 4, 2), "FONDSEN", new BigDecimal("2500.00"),
                    "Bijdrage buurtfonds voor de moestuin", "Oranje Fonds", null, byCode));
            count += 3;
        }
        log.info("Bookkeeping demo data loaded: budgets and {} ledger entries", count);
    }

    private void budget(Centre centre, int year, BigDecimal scale, Map<String, Category> byCode) {
        var budget = new Budget(centre, year);
        BUDGET.forEach((code, amount) -> {
            var category = byCode.get(code);
            if (category != null) {
                budget.getLines().add(new BudgetLine(budget, category,
                        new BigDecimal(amount).multiply(scale).setScale(0, java.math.RoundingMode.HALF_UP).setScale(2),
                        code.equals("SUBSIDIE") ? "Verwachte subsidie gemeente" : null));
            }
        });
        budgets.save(budget);
    }

    private int book(Centre centre, int year, int months, BigDecimal scale, Map<String, Category> byCode) {
        List<LedgerEntry> made = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int month = 1; month <= months; month++) {
            for (Booking booking : MONTH) {
                var date = LocalDate.of(year, month, Math.min(booking.day(), 28));
                if (date.isAfter(today)) {
                    continue;
                }
                // a little variation from month to month, so the report does not look machine-made
                var variation = BigDecimal.valueOf(90 + (month * 7 + booking.day()) % 21).movePointLeft(2);
                var amount = new BigDecimal(booking.amount()).multiply(scale).multiply(variation)
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                made.add(entry(centre, date, booking.code(), amount, booking.description() + " "
                        + Formats.DUTCH.monthName(date.getMonth()),
                        booking.counterparty(), null, byCode));
            }
        }
        entries.saveAll(made);
        return made.size();
    }

    private LedgerEntry entry(Centre centre, LocalDate date, String code, BigDecimal amount, String description,
                                     String counterparty, String reference, Map<String, Category> byCode) {
        var category = byCode.get(code);
        var entry = new LedgerEntry(centre);
        entry.setAccount(accounts.defaultAccount(centre));
        entry.setEntryDate(date);
        entry.setCategory(category);
        entry.setDirection(category.getDirection());
        entry.setAmount(amount);
        entry.setDescription(description);
        entry.setCounterparty(counterparty);
        entry.setReference(reference);
        return entry;
    }
}
