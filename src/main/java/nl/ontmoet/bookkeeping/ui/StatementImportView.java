package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.ErrorMessages;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.base.ui.UploadField;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.bookkeeping.service.CategoryService;
import nl.ontmoet.bookkeeping.service.StatementImportResult;
import nl.ontmoet.bookkeeping.service.StatementImportService;
import nl.ontmoet.bookkeeping.service.StatementProposal;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;
import nl.ontmoet.bookkeeping.service.statement.StatementReader;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;
import nl.ontmoet.centre.ui.CentreScopedView;

import java.time.LocalDate;
import java.util.Map;

/**
 * Bankafschrift inlezen: the treasurer uploads a CAMT.053 or MT940 file of one of the centre's bank accounts, reviews
 * the new transactions (category or match per transaction), confirms, and sees whether the account's balance now
 * equals the statement's closing balance. Only the centre's coordinators import; others read that they cannot.
 */
@StyleSheet("context://public/bookkeeping.css")
@Route("centres/:centre/accounts/statement")
@PermitAll
public class StatementImportView extends CentreScopedView {

    private final StatementImportService statementService;
    private final CategoryService categoryService;
    private final ErrorMessages errorMessages;
    final UploadField upload;
    final ProgressBar progress = new ProgressBar();
    final Span fileError = new Span();
    final Paragraph summary = new Paragraph();
    final Paragraph balances = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final Button confirm = new Button();
    StatementGrid grid;
    private StatementProposal proposal;

    StatementImportView(CentreService centreService, StatementImportService statementService,
                        CategoryService categoryService, ErrorMessages errorMessages) {
        super(centreService);
        this.statementService = statementService;
        this.categoryService = categoryService;
        this.errorMessages = errorMessages;
        addClassName("statement-import-view");
        upload = new UploadField(StatementReader.MAX_BYTES, (fileName, content) ->
                getUI().ifPresent(ui -> ui.access(() -> statementChosen(content))));
        upload.setChooseTexts(getTranslation("bookkeeping.statement.choose"), getTranslation("bookkeeping.statement.drop"));
        upload.setAcceptedFileTypes(StatementReader.FILE_TYPES.toArray(String[]::new));
        upload.setMaxFiles(1);
        // the web component's own events, sent in order: the bar shows from the start of sending until the upload
        // request, which also reads the file, has ended
        upload.getElement().addEventListener("upload-start", started -> progress.setVisible(true));
        for (String end : new String[]{"upload-success", "upload-error", "upload-abort"}) {
            upload.getElement().addEventListener(end, ended -> progress.setVisible(false));
        }
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("bookkeeping.statement.reading"));
        fileError.getStyle().set("color", "var(--lumo-error-text-color)");
        fileError.getElement().setAttribute("role", "alert");
        confirm.setText(getTranslation("bookkeeping.statement.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> askToConfirm());
    }

    @Override
    protected void render(Centre centre) {
        proposal = null;
        var back = new RouterLink(getTranslation("bookkeeping.accounts.title"), AccountsView.class, routeParameters());
        if (!statementService.canImport(centre.getId())) {
            add(back, new Paragraph(getTranslation("bookkeeping.statement.readOnly")));
            return;
        }
        grid = new StatementGrid(Map.of(Direction.INCOME, categoryService.active(Direction.INCOME),
                Direction.EXPENSE, categoryService.active(Direction.EXPENSE)), this::showBalances);
        grid.setVisible(false);
        confirm.setVisible(false);
        var actions = new FlexLayout(confirm);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("toolbar");
        add(back, new Paragraph(getTranslation("bookkeeping.statement.intro")), upload, progress, fileError, outcome,
                summary, balances, grid, actions);
    }

    /** Reads the uploaded file; a refusal is shown at the upload, and nothing is proposed. */
    void statementChosen(byte[] content) {
        progress.setVisible(false);
        fileError.setText("");
        try {
            show(statementService.read(centre().getId(), content));
        } catch (RuntimeException refused) {
            show(null);
            String text = errorMessages.toMessage(refused, getLocale()).text();
            fileError.setText(text);
            Notifications.error(text);
        }
    }

    private void show(StatementProposal read) {
        proposal = read;
        boolean any = read != null && !read.transactions().isEmpty();
        grid.setVisible(any);
        confirm.setVisible(any);
        summary.setText("");
        balances.setText("");
        if (read == null) {
            return;
        }
        outcome.setText("");
        var statement = read.statement();
        var formats = Formats.current();
        LocalDate from = statement.transactions().stream().map(BankTransaction::bookingDate)
                .min(LocalDate::compareTo).orElse(statement.date());
        summary.setText(read.transactions().isEmpty() && read.skipped() > 0
                ? getTranslation("bookkeeping.statement.nothingNew", read.skipped())
                : getTranslation("bookkeeping.statement.summary", statement.format(), formats.date(from),
                formats.date(statement.date()), read.transactions().size(), read.skipped()));
        grid.show(read.transactions());
        showBalances();
    }

    private void showBalances() {
        if (proposal == null) {
            return;
        }
        var formats = Formats.current();
        balances.setText(getTranslation("bookkeeping.statement.balances",
                formats.money(proposal.statement().closingBalance()), formats.date(proposal.statement().date()),
                formats.money(proposal.balanceBefore()),
                formats.money(proposal.balanceBefore().add(grid.newMovement(proposal.transactions())))));
    }

    private void askToConfirm() {
        long matched = proposal.transactions().stream().filter(grid::matched).count();
        Dialogs.confirm(getTranslation("bookkeeping.statement.confirmHeader"),
                getTranslation("bookkeeping.statement.confirmText", proposal.transactions().size(),
                        proposal.accountLabel(), proposal.transactions().size() - matched, matched),
                getTranslation("bookkeeping.statement.confirm"), this::importStatement);
    }

    /** Imports as chosen; a refusal leaves everything as it was and says why. */
    void importStatement() {
        try {
            showOutcome(statementService.confirm(centre().getId(), proposal, grid.choices()));
            show(null);
        } catch (RuntimeException refused) {
            Notifications.error(errorMessages.toMessage(refused, getLocale()).text());
        }
    }

    private void showOutcome(StatementImportResult result) {
        var formats = Formats.current();
        Notifications.success(getTranslation("bookkeeping.statement.imported", result.created(), result.matched(),
                result.skipped()));
        String date = formats.date(result.date());
        outcome.setText(result.reconciles()
                ? getTranslation("bookkeeping.statement.reconciled", date, formats.money(result.closingBalance()))
                : getTranslation("bookkeeping.statement.difference", date, formats.money(result.closingBalance()),
                formats.money(result.balanceInOntmoet()), formats.money(result.difference())));
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("data-reconciled", String.valueOf(result.reconciles()));
    }

    @Override
    protected String titleKey() {
        return "bookkeeping.statement.title";
    }
}
