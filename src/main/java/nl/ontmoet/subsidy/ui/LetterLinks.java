package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.ontmoet.base.export.DownloadFile;
import nl.ontmoet.base.ui.Downloads;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.SubsidyLetterService;

import java.util.function.Supplier;

/**
 * Download links for the decision letter and, once settled, the settlement letter. The PDF is made only when the
 * link is clicked, by the service and with its access rules.
 */
class LetterLinks extends Div {

    final Anchor decisionLetter;
    final Anchor settlementLetter;

    LetterLinks(ApplicationDetail detail, SubsidyLetterService letters) {
        addClassName("subsidy-letters");
        long id = detail.application().getId();
        decisionLetter = link("subsidy.letter.decision.download", () -> letters.decisionLetter(id));
        add(withIcon(decisionLetter));
        if (detail.hasSettlementLetter()) {
            settlementLetter = link("subsidy.letter.settlement.download", () -> letters.settlementLetter(id));
            add(withIcon(settlementLetter));
        } else {
            settlementLetter = null;
        }
    }

    private Anchor link(String textKey, Supplier<DownloadFile> letter) {
        return Downloads.link(getTranslation(textKey), letter);
    }

    private static Span withIcon(Anchor link) {
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var letter = new Span(icon, link);
        letter.addClassName("letter");
        return letter;
    }
}
