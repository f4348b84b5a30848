package nl.ontmoet.coaching.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.account.domain.UserAccount;
import nl.ontmoet.audit.service.AuditService;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.base.pdf.PdfDocument;
import nl.ontmoet.coaching.domain.Agreement;
import nl.ontmoet.coaching.domain.AgreementRepository;
import nl.ontmoet.coaching.domain.CoachingSession;
import nl.ontmoet.coaching.domain.CoachingSessionRepository;
import nl.ontmoet.coaching.domain.DevelopmentGoal;
import nl.ontmoet.coaching.domain.DevelopmentGoalRepository;
import nl.ontmoet.coaching.domain.GoalNoteRepository;
import nl.ontmoet.coaching.domain.ReflectionRepository;
import nl.ontmoet.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coordinator's own development portfolio as PDF: their sessions (summaries and their reflections, never the
 * coach's private notes), their agreements and goals. Built from the same per-coordinator queries as the screen.
 */
@Service
@PreAuthorize(Roles.HAS_COORDINATOR)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoachingPortfolioService {

    private static final Formats DATES = Formats.DUTCH;

    private final CoachingSessionRepository sessions;
    private final ReflectionRepository reflections;
    private final AgreementRepository agreements;
    private final DevelopmentGoalRepository goals;
    private final GoalNoteRepository goalNotes;
    private final CoachingAccess access;
    private final AuditService audit;

    /**
     * @param text turns a message key (with arguments) into the reader's language
     */
    @Transactional
    public byte[] myPortfolioPdf(Function<String, String> text, Function<Enum<?>, String> label) {
        long me = access.me();
        audit.recordRead("CoachingPortfolio", me);
        var pdf = new PdfDocument(18, 13);
        pdf.title(text.apply("coaching.pdf.title") + " – " + access.myName());
        pdf.paragraph(text.apply("coaching.pdf.generated") + " " + DATES.date(access.today()));

        pdf.blank().heading(text.apply("coaching.sessions"));
        for (CoachingSession s : sessions.allOfParticipant(me)) {
            String topics = s.getTopics().stream().sorted().map(label).collect(Collectors.joining(", "));
            pdf.bold(DATES.date(s.getSessionDate()) + " · " + label.apply(s.getForm()) + " · "
                    + s.getDurationMinutes() + " min · " + label.apply(s.getStatus())
                    + (topics.isEmpty() ? "" : " · " + topics));
            pdf.paragraph(text.apply("coaching.session.coach") + ": " + s.getCoach().getDisplayName()
                    + " · " + text.apply("coaching.session.participants") + ": " + s.getParticipants().stream()
                    .map(UserAccount::getDisplayName).sorted().collect(Collectors.joining(", ")));
            if (s.getSummary() != null) {
                pdf.paragraph(s.getSummary());
            }
            reflections.findOfCoordinator(s.getId(), me).ifPresent(
                    r -> pdf.paragraph(text.apply("coaching.reflection.mine") + ": " + r.getText()));
            pdf.blank();
        }

        pdf.heading(text.apply("coaching.agreements"));
        for (Agreement a : agreements.ofCoordinator(me, false)) {
            pdf.paragraph("• " + a.getDescription() + " (" + label.apply(a.getOwner()) + ", "
                    + text.apply("coaching.agreement.dueDate") + " " + DATES.date(a.getDueDate()) + ", "
                    + text.apply(a.isDone() ? "coaching.agreement.done" : "coaching.agreement.open") + ")");
        }
        pdf.blank().heading(text.apply("coaching.goals"));
        for (DevelopmentGoal g : goals.ofCoordinator(me)) {
            pdf.bold(g.getTitle() + " – " + label.apply(g.getStatus()));
            if (g.getDescription() != null) {
                pdf.paragraph(g.getDescription());
            }
            for (var note : goalNotes.ofGoal(g.getId(), me)) {
                pdf.paragraph("  " + DATES.date(note.getWrittenOn()) + " " + note.getAuthor().getDisplayName()
                        + ": " + note.getText());
            }
            if (g.getReflection() != null) {
                pdf.paragraph(text.apply("coaching.reflection.mine") + ": " + g.getReflection());
            }
        }
        return pdf.toBytes();
    }
}
