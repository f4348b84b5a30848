package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.subsidy.domain.LetterInfo;
import nl.ontmoet.subsidy.domain.LetterKind;
import nl.ontmoet.subsidy.service.SubsidyLetterService;

import java.util.EnumSet;
import java.util.List;

/**
 * Download links for the letters issued on the application, each with its kenmerk and send date. The file is the
 * stored letter as it was sent, fetched only when the link is clicked, by the service and with its access rules.
 */
class LetterLinks extends Div {

    private static final EnumSet<LetterKind> DECISIONS = EnumSet.of(LetterKind.GRANT,
            LetterKind.GRANT_AND_SETTLEMENT, LetterKind.REJECTION);
    private static final EnumSet<LetterKind> SETTLEMENTS = EnumSet.of(LetterKind.SETTLEMENT,
            LetterKind.GRANT_AND_SETTLEMENT);

    /** The letter of the first decision (grant or rejection), or null. */
    Anchor decisionLetter;
    /** The letter that settled the subsidy (after the report, or with the grant), or null. */
    Anchor settlementLetter;
    /** The letter of the latest repayment decision, or null. */
    Anchor repaymentLetter;
    private final List<LetterInfo> issued;

    LetterLinks(long applicationId, SubsidyLetterService letters) {
        addClassName("subsidy-letters");
        issued = letters.letters(applicationId);
        for (LetterInfo letter : issued) {
            var link = Downloads.link(getTranslation("subsidy.letter.download",
                    getTranslation("subsidy.letter.kind." + letter.kind().name()), letter.reference(),
                    SubsidyTexts.shortDay(letter.sentOn())), () -> letters.download(applicationId, letter.id()));
            if (decisionLetter == null && DECISIONS.contains(letter.kind())) {
                decisionLetter = link;
            }
            if (SETTLEMENTS.contains(letter.kind())) {
                settlementLetter = link;
            }
            if (letter.kind() == LetterKind.REPAYMENT) {
                repaymentLetter = link;
            }
            add(withIcon(link));
        }
    }

    boolean hasLetters() {
        return !issued.isEmpty();
    }

    private static Span withIcon(Anchor link) {
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var letter = new Span(icon, link);
        letter.addClassName("letter");
        return letter;
    }
}
