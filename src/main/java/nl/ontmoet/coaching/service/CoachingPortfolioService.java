package nl.ontmoet.coaching.service;

import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementRepository;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.coaching.domain.GoalNoteRepository;
import nl.ontmoet.coaching.domain.ReflectionRepository;
import nl.ontmoet.base.security.Roles;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coordinator's own development portfolio as PDF: their sessions (summaries and their reflections, never the
 * coach's private notes), their agreements and goals. Built from the same per-coordinator queries as the screen.
 */
@Service
@PreAuthorize(Roles.HAS_COORDINATOR)
@Transactional(readOnly = true)
public class CoachingPortfolioService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final CoachingSessionRepository sessions;
    private final ReflectionRepository reflections;
    private final AgreementRepository agreements;
    private final DevelopmentGoalRepository goals;
    private final GoalNoteRepository goalNotes;
    private final CoachingAccess access;
    private final AuditService audit;

    CoachingPortfolioService(CoachingSessionRepository sessions, ReflectionRepository reflections,
                             AgreementRepository agreements, DevelopmentGoalRepository goals,
                             GoalNoteRepository goalNotes, CoachingAccess access, AuditService audit) {
        this.sessions = sessions;
        this.reflections = reflections;
        this.agreements = agreements;
        this.goals = goals;
        this.goalNotes = goalNotes;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @param text turns a message key (with arguments) into the reader's language
     */
    @Transactional
    public byte[] myPortfolioPdf(Function<String, String> text, Function<Enum<?>, String> label) {
        long me = access.me();
        audit.recordRead("CoachingPortfolio", me);
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph(text.apply("coaching.pdf.title") + " – " + access.myName(), title));
        document.add(new Paragraph(text.apply("coaching.pdf.generated") + " " + DATE.format(access.today()), normal));

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text.apply("coaching.sessions"), heading));
        for (CoachingSession s : sessions.allOfParticipant(me)) {
            String topics = s.getTopics().stream().sorted().map(label).collect(Collectors.joining(", "));
            document.add(new Paragraph(DATE.format(s.getSessionDate()) + " · " + label.apply(s.getForm()) + " · "
                    + s.getDurationMinutes() + " min · " + label.apply(s.getStatus())
                    + (topics.isEmpty() ? "" : " · " + topics), bold));
            document.add(new Paragraph(text.apply("coaching.session.coach") + ": " + s.getCoach().getDisplayName()
                    + " · " + text.apply("coaching.session.participants") + ": " + s.getParticipants().stream()
                    .map(UserAccount::getDisplayName).sorted().collect(Collectors.joining(", ")), normal));
            if (s.getSummary() != null) {
                document.add(new Paragraph(s.getSummary(), normal));
            }
            reflections.findOfCoordinator(s.getId(), me).ifPresent(r -> document.add(
                    new Paragraph(text.apply("coaching.reflection.mine") + ": " + r.getText(), normal)));
            document.add(new Paragraph(" "));
        }

        document.add(new Paragraph(text.apply("coaching.agreements"), heading));
        for (Agreement a : agreements.ofCoordinator(me, false)) {
            document.add(new Paragraph("• " + a.getDescription() + " (" + label.apply(a.getOwner()) + ", "
                    + text.apply("coaching.agreement.dueDate") + " " + DATE.format(a.getDueDate()) + ", "
                    + text.apply(a.isDone() ? "coaching.agreement.done" : "coaching.agreement.open") + ")", normal));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph(text.apply("coaching.goals"), heading));
        for (DevelopmentGoal g : goals.ofCoordinator(me)) {
            document.add(new Paragraph(g.getTitle() + " – " + label.apply(g.getStatus()), bold));
            if (g.getDescription() != null) {
                document.add(new Paragraph(g.getDescription(), normal));
            }
            for (var note : goalNotes.ofGoal(g.getId(), me)) {
                document.add(new Paragraph("  " + DATE.format(note.getWrittenOn()) + " " + note.getAuthor().getDisplayName()
                        + ": " + note.getText(), normal));
            }
            if (g.getReflection() != null) {
                document.add(new Paragraph(text.apply("coaching.reflection.mine") + ": " + g.getReflection(), normal));
            }
        }
        document.close();
        return out.toByteArray();
    }
}
