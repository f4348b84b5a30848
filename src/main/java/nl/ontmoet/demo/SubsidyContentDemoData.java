package nl.ontmoet.demo;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.domain.SubsidyAttachment;
import nl.ontmoet.subsidy.domain.SubsidyAttachmentRepository;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLine;
import nl.ontmoet.subsidy.domain.SubsidyBudgetLineRepository;
import nl.ontmoet.subsidy.domain.SubsidyQueries;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidySchemeRepository;
import nl.ontmoet.subsidy.domain.SubsidyVersionRepository;
import nl.ontmoet.subsidy.service.ApplicationSnapshots;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * On top of the first subsidy demo: budgets, an attachment and the submitted version of the demo applications,
 * and two grants of last year whose reports are due, one already late, so that the deadlines show something.
 * Only while the budget, attachment and version tables are still empty.
 */
@Component
@Profile("demo")
@Order(45)
@RequiredArgsConstructor
class SubsidyContentDemoData implements ApplicationRunner {

    private final SubsidyQueries queries;
    private final SubsidySchemeRepository schemes;
    private final SubsidyBudgetLineRepository budgetLines;
    private final SubsidyAttachmentRepository attachments;
    private final SubsidyVersionRepository versions;
    private final ApplicationSnapshots snapshots;
    private final CategoryRepository categories;
    private final SubsidyDemoSteps steps;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var summer = queries.findFirstByTitle("Zomerprogramma voor ouderen");
        var language = queries.findFirstByTitle("Taalcafé en huiswerkhulp");
        var coordinator = steps.account("coordinator");
        var manager = steps.account("manager");
        var nude = steps.centre("huis-van-de-wijk-de-nude");
        var onsHuis = steps.centre("buurthuis-ons-huis");
        if (budgetLines.count() > 0 || attachments.count() > 0 || versions.count() > 0 || summer.isEmpty()
                || language.isEmpty() || coordinator.isEmpty() || manager.isEmpty() || nude.isEmpty()
                || onsHuis.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        budget(summer.get(), Map.of("ACTIVITEITEN", "4200.00", "MARKETING", "600.00", "VRIJWILLIGERS", "1200.00",
                "FONDSEN", "1500.00"));
        attach(summer.get(), "Programma zomer.pdf", "Zomerprogramma voor ouderen",
                "Acht weken, elke dinsdag en donderdag: wandelen, koken en een filmmiddag.");
        snapshots.record(summer.get(), coordinator.get(), now.minus(Duration.ofDays(38)));

        budget(language.get(), Map.of("ACTIVITEITEN", "5200.00", "VRIJWILLIGERS", "2500.00", "MARKETING", "400.00",
                "FONDSEN", "600.00"));
        attach(language.get(), "Begroting taalcafe.pdf", "Taalcafé en huiswerkhulp",
                "Lesmateriaal, koffie en thee, vergoedingen voor vijftien vrijwilligers.");
        snapshots.record(language.get(), coordinator.get(), now.minus(Duration.ofDays(12)));

        LocalDate today = LocalDate.now(clock);
        var late = scheme("Zomeractiviteiten", today.minusDays(400), today.minusDays(300), today.minusDays(12));
        granted(late, nude.get(), coordinator.get(), manager.get(), "Zomerweek voor kinderen", "3000.00", now);
        var soon = scheme("Wijkfeesten en buurtontmoeting", today.minusDays(380), today.minusDays(280),
                today.plusDays(20));
        granted(soon, onsHuis.get(), coordinator.get(), manager.get(), "Straatfeest Oosterstraat", "2500.00", now);
    }

    private void budget(SubsidyApplication application, Map<String, String> amounts) {
        amounts.forEach((code, amount) -> categories.findByCode(code).ifPresent(category ->
                budgetLines.save(new SubsidyBudgetLine(application, category, new BigDecimal(amount), null))));
        budgetLines.flush();
    }

    private void attach(SubsidyApplication application, String fileName, String title, String text) {
        var bytes = new ByteArrayOutputStream();
        try (var document = new Document()) {
            PdfWriter.getInstance(document, bytes);
            document.open();
            document.add(new Paragraph(title));
            document.add(new Paragraph(text));
        }
        attachments.saveAndFlush(new SubsidyAttachment(application, AttachmentStage.APPLICATION, fileName,
                "application/pdf", bytes.toByteArray()));
    }

    private SubsidyScheme scheme(String name, LocalDate opens, LocalDate closes, LocalDate reportDeadline) {
        var scheme = new SubsidyScheme(name, opens.getYear(), new BigDecimal("20000.00"), opens, closes,
                new BigDecimal("1000.00"), reportDeadline, "Verantwoord de besteding met een kort verslag.");
        scheme.legalBasis(SubsidyDemoData.REGULATION, "artikel 5");
        return schemes.save(scheme);
    }

    private void granted(SubsidyScheme scheme, Centre centre, UserAccount coordinator, UserAccount manager,
                         String title, String amount, Instant now) {
        Instant created = now.minus(Duration.ofDays(330));
        var application = steps.draft(scheme, centre, coordinator, title, amount,
                "Buren uit de straat met elkaar in contact brengen.",
                "Een dag met activiteiten voor alle leeftijden, georganiseerd door bewoners.", 1, 250, 10, created);
        Instant submitted = created.plus(Duration.ofDays(2));
        steps.submit(application, coordinator, submitted);
        snapshots.record(application, coordinator, submitted);
        steps.grant(application, manager, amount, "Verantwoording met een kort verslag.", null,
                scheme.getReportDeadline(),
                submitted.plus(Duration.ofDays(14)));
    }
}
