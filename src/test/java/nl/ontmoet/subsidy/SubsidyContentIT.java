package nl.ontmoet.subsidy;

import nl.ontmoet.TestClock;
import nl.ontmoet.IntegrationTest;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.subsidy.domain.AttachmentStage;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.domain.SubsidyStatus;
import nl.ontmoet.subsidy.service.AttachmentUpload;
import nl.ontmoet.subsidy.service.BudgetLineInput;
import nl.ontmoet.subsidy.service.DeadlineKind;
import nl.ontmoet.subsidy.service.SchemeInput;
import nl.ontmoet.subsidy.service.SubsidyAttachmentService;
import nl.ontmoet.subsidy.service.SubsidyBudgetService;
import nl.ontmoet.subsidy.service.SubsidyOverviewService;
import nl.ontmoet.subsidy.service.SubsidyVersionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.ontmoet.subsidy.SubsidyFixture.NUDE;
import static nl.ontmoet.subsidy.SubsidyFixture.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budget lines, attachments, stored versions, review context and deadlines through the services on the demo
 * database: the happy paths and every refusal, each checked to have stored nothing. Rolled back.
 */
@IntegrationTest
@Transactional
class SubsidyContentIT extends SubsidyServicesBase {

    @Autowired
    SubsidyBudgetService budgets;
    @Autowired
    SubsidyAttachmentService attachments;
    @Autowired
    SubsidyVersionService versions;
    @Autowired
    SubsidyOverviewService overview;
    @Autowired
    CategoryService categories;

    private Category category(String code) {
        return categories.all().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private void addLine(long id, String code, String amount) {
        fixture.as("coordinator", () -> budgets.addLine(id, new BudgetLineInput(category(code),
                new BigDecimal(amount), null)));
    }

    @Test
    void budget_lines_add_up_and_bad_lines_are_refused_without_storing_anything() {
        long id = fixture.draft(scheme, "Begroting", "3000");
        addLine(id, "ACTIVITEITEN", "2500");
        addLine(id, "MARKETING", "750.50");
        addLine(id, "FONDSEN", "500");
        var budget = fixture.as("coordinator", () -> budgets.budget(id));
        assertThat(budget.costs()).isEqualByComparingTo("3250.50");
        assertThat(budget.income()).isEqualByComparingTo("500");
        assertThat(budget.toBeCovered()).isEqualByComparingTo("2750.50");
        assertThat(budget.lines()).extracting(l -> l.categoryCode()).containsExactly("ACTIVITEITEN", "MARKETING",
                "FONDSEN");

        refusedWith(() -> addLine(id, "PERSONEEL", "-1"), "bookkeeping.error.amountNegative");
        refusedWith(() -> addLine(id, "ACTIVITEITEN", "100"), "subsidy.budget.error.duplicate");
        refusedWith(() -> fixture.as("coordinator", () -> budgets.addLine(id, new BudgetLineInput(null,
                BigDecimal.TEN, null))), "subsidy.budget.error.categoryRequired");
        refusedWith(() -> fixture.as("coordinator", () -> budgets.addLine(id, new BudgetLineInput(
                category("PERSONEEL"), null, null))), "subsidy.budget.error.amountRequired");
        assertThat(rows("subsidy_budget_line", id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select amount from subsidy_budget_line l join category c on c.id = l.category_id
                where l.application_id = ? and c.code = 'ACTIVITEITEN'""", BigDecimal.class, id))
                .isEqualByComparingTo("2500");
    }

    @Test
    void copying_takes_the_centres_budget_of_the_schemes_year_or_says_there_is_none() {
        long id = fixture.draft(scheme, "Kopie", "3000");
        addLine(id, "PERSONEEL", "99");
        int copied = fixture.as("coordinator", () -> budgets.copyFromCentreBudget(id));
        long expected = jdbc.queryForObject("""
                select count(*) from budget_line l join budget b on b.id = l.budget_id
                join centre c on c.id = b.centre_id where c.slug = ? and b.budget_year = ? and l.amount > 0""",
                Long.class, NUDE, scheme.getYear());
        assertThat(expected).isPositive();
        assertThat(copied).isEqualTo((int) expected);
        assertThat(rows("subsidy_budget_line", id)).isEqualTo(expected);

        var future = futureScheme();
        long other = fixture.draft(future, "Geen begroting", "3000");
        addLine(other, "PERSONEEL", "99");
        refusedWith(() -> fixture.as("coordinator", () -> budgets.copyFromCentreBudget(other)),
                "subsidy.budget.error.noCentreBudget");
        assertThat(rows("subsidy_budget_line", other)).isEqualTo(1);
    }

    /** A scheme open today for a year no centre has a budget for. */
    private SubsidyScheme futureScheme() {
        var input = new SchemeInput();
        input.setName("IT toekomst " + System.nanoTime());
        input.setRegulation(SubsidyFixture.REGULATION);
        input.setArticle("artikel 4");
        input.setYear(2099);
        input.setCeiling(new BigDecimal("10000"));
        input.setOpensOn(TestClock.TODAY.minusDays(1));
        input.setClosesOn(TestClock.TODAY.plusDays(10));
        return fixture.as("manager", () -> schemes.save(input));
    }

    @Test
    void attachments_are_checked_by_their_bytes_and_size() {
        long id = fixture.draft(scheme, "Bijlagen", "1000");
        for (var file : new Object[][]{{"plan.pdf", TestFiles.pdf(), "application/pdf"},
                {"foto.png", TestFiles.png(), "image/png"},
                {"plan.docx", TestFiles.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                {"begroting.xlsx", TestFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}) {
            var info = fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                    new AttachmentUpload((String) file[0], (byte[]) file[1])));
            assertThat(info.contentType()).isEqualTo(file[2]);
        }
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan.pdf", TestFiles.text()))), "subsidy.attachment.error.type");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan.docx", TestFiles.plainZip()))), "subsidy.attachment.error.type");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("groot.pdf", TestFiles.tooLargePdf()))), "subsidy.attachment.error.tooLarge");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("leeg.pdf", new byte[0]))), "subsidy.attachment.error.empty");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan.pdf", TestFiles.htmlPosingAsPdf()))), "subsidy.attachment.error.unreadablePdf");
        assertThat(rows("subsidy_attachment", id)).isEqualTo(4);
        var stored = fixture.as("coordinator", () -> attachments.attachments(id, AttachmentStage.APPLICATION));
        assertThat(stored).extracting(a -> a.fileName()).containsExactly("plan.pdf", "foto.png", "plan.docx",
                "begroting.xlsx");
        var download = fixture.as("manager", () -> attachments.download(id, stored.getFirst().id()));
        assertThat(download.content()).isEqualTo(TestFiles.pdf());
        assertThat(download.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void an_attachment_name_cannot_inject_a_second_file_name_into_the_download() {
        long id = fixture.draft(scheme, "Rare naam", "1000");
        var info = fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan\"; filename*=UTF-8''evil.html", TestFiles.pdf())));
        var download = fixture.as("manager", () -> attachments.download(id, info.id()));
        assertThat(download.fileName()).isEqualTo("plan_filename_UTF-8_evil.pdf");
        assertThat(download.contentDisposition()).isEqualTo("attachment; filename=\"plan_filename_UTF-8_evil.pdf\"; "
                + "filename*=UTF-8''plan_filename_UTF-8_evil.pdf");
    }

    @Test
    void nothing_is_added_to_a_submitted_application() {
        long id = fixture.draft(scheme, "Ingediend", "1000");
        addLine(id, "ACTIVITEITEN", "1000");
        fixture.as("coordinator", () -> drafts.submit(id));
        refusedWith(() -> addLine(id, "MARKETING", "100"), "subsidy.error.frozen");
        long lineId = fixture.as("coordinator", () -> budgets.budget(id)).lines().getFirst().id();
        refusedWith(() -> fixture.as("coordinator", () -> budgets.removeLine(id, lineId)), "subsidy.error.frozen");
        refusedWith(() -> fixture.as("coordinator", () -> budgets.copyFromCentreBudget(id)), "subsidy.error.frozen");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("laat.pdf", TestFiles.pdf()))), "subsidy.error.frozen");
        assertThat(rows("subsidy_budget_line", id)).isEqualTo(1);
        assertThat(rows("subsidy_attachment", id)).isZero();
        assertThat(fixture.as("coordinator", () -> budgets.budget(id)).editable()).isFalse();
    }

    @Test
    void report_files_are_added_only_while_the_report_is_due_and_only_by_the_centre() {
        long submitted = fixture.submitted(scheme, "Nog niet verleend", "1000");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(submitted, AttachmentStage.REPORT,
                new AttachmentUpload("verslag.pdf", TestFiles.pdf()))), "subsidy.error.reportNotGranted");

        long granted = fixture.granted(scheme, "Verleend", "1000");
        var added = fixture.as("coordinator", () -> attachments.addAttachment(granted, AttachmentStage.REPORT,
                new AttachmentUpload("verslag.pdf", TestFiles.pdf())));
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(granted,
                AttachmentStage.APPLICATION, new AttachmentUpload("plan.pdf", TestFiles.pdf()))), "subsidy.error.frozen");
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> attachments.addAttachment(granted,
                AttachmentStage.REPORT, new AttachmentUpload("vreemd.pdf", TestFiles.pdf()))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.as("manager", () -> attachments.attachments(granted, AttachmentStage.REPORT)))
                .extracting(a -> a.fileName()).containsExactly("verslag.pdf");

        fixture.as("coordinator", () -> reports.submit(granted, SubsidyFixture.report(30, 300, 5)));
        refusedWith(() -> fixture.as("coordinator", () -> attachments.addAttachment(granted, AttachmentStage.REPORT,
                new AttachmentUpload("later.pdf", TestFiles.pdf()))), "subsidy.error.alreadyReported");
        refusedWith(() -> fixture.as("coordinator", () -> attachments.removeAttachment(granted, added.id())),
                "subsidy.error.alreadyReported");
        assertThat(rows("subsidy_attachment", submitted)).isZero();
        assertThat(rows("subsidy_attachment", granted)).isEqualTo(1);
    }

    @Test
    void another_centres_coordinator_neither_reads_nor_adds_even_with_a_guessed_id() {
        long id = fixture.draft(scheme, "Alleen De Nude", "1000");
        addLine(id, "ACTIVITEITEN", "1000");
        long fileId = fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan.pdf", TestFiles.pdf()))).id();
        fixture.as("coordinator", () -> drafts.submit(id));
        var notFound = RecordNotFoundException.class;
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> budgets.budget(id))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> budgets.addLine(id,
                new BudgetLineInput(category("MARKETING"), BigDecimal.TEN, null)))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> budgets.copyFromCentreBudget(id)))
                .isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> attachments.attachments(id,
                AttachmentStage.APPLICATION))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> attachments.addAttachment(id,
                AttachmentStage.APPLICATION, new AttachmentUpload("x.pdf", TestFiles.pdf())))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> attachments.download(id, fileId)))
                .isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> versions.versions(id))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> versions.version(id, 1))).isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> overview.deadlines(fixture.centre(NUDE))))
                .isInstanceOf(notFound);
        assertThatThrownBy(() -> fixture.as("coordinator2", () -> overview.deadlines()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("coordinator", () -> overview.reviewContext(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows("subsidy_budget_line", id)).isEqualTo(1);
        assertThat(rows("subsidy_attachment", id)).isEqualTo(1);
        // readers of the application do download it
        assertThat(fixture.as("coach", () -> attachments.download(id, fileId)).content()).isEqualTo(TestFiles.pdf());
    }

    @Test
    void every_submission_is_kept_as_a_version_with_what_changed() {
        long id = fixture.draft(scheme, "Versies", "3000");
        addLine(id, "ACTIVITEITEN", "2500");
        addLine(id, "MARKETING", "500");
        fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("plan.pdf", TestFiles.pdf())));
        fixture.as("coordinator", () -> drafts.submit(id));
        fixture.as("manager", () -> decisions.requestChanges(id, "Graag de marketing schrappen"));

        var input = complete(scheme, "Versies", "2600");
        input.setVersion(fixture.as("coordinator", () -> applications.detail(fixture.centre(NUDE), id))
                .application().getVersion());
        fixture.as("coordinator", () -> drafts.saveDraft(fixture.centre(NUDE), id, input));
        long marketing = fixture.as("coordinator", () -> budgets.budget(id)).lines().stream()
                .filter(l -> l.categoryCode().equals("MARKETING")).findFirst().orElseThrow().id();
        fixture.as("coordinator", () -> budgets.removeLine(id, marketing));
        addLine(id, "VRIJWILLIGERS", "100");
        fixture.as("coordinator", () -> attachments.addAttachment(id, AttachmentStage.APPLICATION,
                new AttachmentUpload("fotos.png", TestFiles.png())));
        fixture.as("coordinator", () -> drafts.submit(id));

        var list = fixture.as("manager", () -> versions.versions(id));
        assertThat(list).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(list.getFirst().submittedBy()).isEqualTo("Cor Bakker");
        var first = fixture.as("manager", () -> versions.version(id, 1));
        assertThat(first.content().requestedAmount()).isEqualByComparingTo("3000");
        assertThat(first.content().budget()).extracting(l -> l.categoryCode()).containsExactly("ACTIVITEITEN",
                "MARKETING");
        assertThat(first.content().attachments()).containsExactly("plan.pdf");
        assertThat(first.changedFields()).isEmpty();
        var second = fixture.as("coordinator", () -> versions.version(id, 2));
        assertThat(second.content().requestedAmount()).isEqualByComparingTo("2600");
        assertThat(second.changedFields()).containsExactlyInAnyOrder("requestedAmount", "budget", "attachments");
        assertThat(second.changedLines()).containsExactly("VRIJWILLIGERS");
        assertThat(second.removedLines()).extracting(l -> l.categoryCode()).containsExactly("MARKETING");
        assertThat(second.newAttachments()).containsExactly("fotos.png");
        assertThatThrownBy(() -> fixture.as("manager", () -> versions.version(id, 3)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_version where application_id = ?", Long.class,
                id)).isEqualTo(2);
    }

    @Test
    void the_review_context_shows_the_centres_budget_and_earlier_applications() {
        long earlier = fixture.submitted(scheme, "Eerder", "1200");
        fixture.as("manager", () -> decisions.grant(earlier, new BigDecimal("1000"), null,
                "Het drukwerk valt buiten de regeling.", SubsidyFixture.REPORT_DUE));
        long id = fixture.submitted(scheme, "Nu", "800");
        var context = fixture.as("manager", () -> overview.reviewContext(id));
        assertThat(context.budgetExists()).isTrue();
        assertThat(context.year()).isEqualTo(scheme.getYear());
        assertThat(context.budgetLines()).isNotEmpty();
        assertThat(context.costs()).isPositive();
        var granted = context.earlier().stream().filter(e -> e.schemeName().equals(scheme.getName())).toList();
        assertThat(granted).hasSize(1);
        assertThat(granted.getFirst().status()).isEqualTo(SubsidyStatus.GRANTED);
        assertThat(granted.getFirst().count()).isEqualTo(1);
        assertThat(granted.getFirst().requested()).isEqualByComparingTo("1200");
        assertThat(granted.getFirst().granted()).isEqualByComparingTo("1000");

        long future = fixture.submitted(futureScheme(), "Toekomst", "500");
        var none = fixture.as("manager", () -> overview.reviewContext(future));
        assertThat(none.budgetExists()).isFalse();
        assertThat(none.budgetLines()).isEmpty();
    }

    @Test
    void deadlines_list_decisions_due_and_late_reports() {
        long waiting = fixture.submitted(scheme, "Wacht op besluit", "500");
        long granted = fixture.submitted(scheme, "Verantwoorden", "2000");
        fixture.as("manager", () -> decisions.grant(granted, new BigDecimal("2000"), null, null,
                SubsidyFixture.REPORT_DUE));
        long small = fixture.submitted(scheme, "Onder de grens", "400");
        fixture.as("manager", () -> decisions.grant(small, new BigDecimal("400"), null, null,
                SubsidyFixture.REPORT_DUE));
        moveReportDeadline(TestClock.TODAY.minusDays(7));

        var rows = fixture.as("manager", () -> overview.deadlines());
        var decision = rows.stream().filter(r -> r.applicationId() == waiting).findFirst().orElseThrow();
        assertThat(decision.kind()).isEqualTo(DeadlineKind.DECISION);
        assertThat(decision.days()).isZero();
        assertThat(decision.decideBy()).isEqualTo(TestClock.TODAY.plusWeeks(8));
        var late = rows.stream().filter(r -> r.applicationId() == granted).findFirst().orElseThrow();
        assertThat(late.kind()).isEqualTo(DeadlineKind.REPORT_OVERDUE);
        assertThat(late.days()).isEqualTo(7);
        assertThat(late.overdue()).isTrue();
        assertThat(late.decideBy()).isNull();
        assertThat(rows).noneMatch(r -> r.applicationId() == small);
        assertThat(rows.getFirst().kind()).isEqualTo(DeadlineKind.REPORT_OVERDUE);

        moveReportDeadline(TestClock.TODAY.plusDays(20));
        var due = fixture.as("coordinator", () -> overview.deadlines(fixture.centre(NUDE))).stream()
                .filter(r -> r.applicationId() == granted).findFirst().orElseThrow();
        assertThat(due.kind()).isEqualTo(DeadlineKind.REPORT_DUE);
        assertThat(due.days()).isEqualTo(20);

        moveReportDeadline(TestClock.TODAY.plusDays(31));
        assertThat(fixture.as("manager", () -> overview.deadlines())).noneMatch(r -> r.applicationId() == granted);

        var edit = fixture.as("manager", () -> schemes.edit(scheme.getId()));
        edit.setDecisionWeeks(6);
        fixture.as("manager", () -> schemes.save(edit));
        assertThat(fixture.as("manager", () -> overview.deadlines())).filteredOn(r -> r.applicationId() == waiting)
                .singleElement().extracting(r -> r.decideBy()).isEqualTo(TestClock.TODAY.plusWeeks(6));
    }

    private void moveReportDeadline(LocalDate deadline) {
        jdbc.update("update subsidy_scheme set opens_on = ?, closes_on = ?, report_deadline = ? where id = ?",
                TestClock.TODAY.minusDays(100), TestClock.TODAY.minusDays(50), deadline, scheme.getId());
        jdbc.update("update subsidy_application set report_due_on = ? where scheme_id = ? and report_due_on is not null",
                deadline, scheme.getId());
        entityManager.clear();
    }
}
