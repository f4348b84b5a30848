package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.ontmoet.subsidy.service.ApplicationDetail;
import nl.ontmoet.subsidy.service.SubsidyLetter;
import nl.ontmoet.subsidy.service.SubsidyLetterService;

import java.io.ByteArrayInputStream;
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

    private Anchor link(String textKey, Supplier<SubsidyLetter> letter) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = letter.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    SubsidyLetter.CONTENT_TYPE, file.content().length);
        }), getTranslation(textKey));
        anchor.setDownload(true);
        return anchor;
    }

    private static Span withIcon(Anchor link) {
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var letter = new Span(icon, link);
        letter.addClassName("letter");
        return letter;
    }
}
