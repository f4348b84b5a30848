package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import nl.ontmoet.volunteer.domain.VolunteerMatching.Match;
import nl.ontmoet.volunteer.service.VolunteerMatchService;
import nl.ontmoet.volunteer.service.VolunteerMatchService.ActivityChoice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Picks an activity of the centre and lists the volunteers who suit it, each with the reason why. */
class MatchDialog extends Dialog {

    final ComboBox<ActivityChoice> activity = new ComboBox<>();
    final Grid<Match> matches = new Grid<>();
    final Paragraph none = new Paragraph();
    final Button close = new Button();

    MatchDialog(VolunteerMatchService matchService, long centreId, Consumer<Long> openVolunteer) {
        addClassName("match-dialog");
        setHeaderTitle(getTranslation("volunteer.match.title"));
        setWidth("min(48em, 95vw)");

        activity.setLabel(getTranslation("volunteer.match.activity"));
        activity.setItems(matchService.activities(centreId));
        activity.setItemLabelGenerator(ActivityChoice::title);
        activity.setWidthFull();
        activity.addValueChangeListener(change -> {
            var chosen = change.getValue();
            show(chosen == null ? List.of() : matchService.suggest(centreId, chosen.id()), chosen != null);
        });

        matches.addColumn(Match::name).setHeader(getTranslation("volunteer.name")).setFlexGrow(1);
        matches.addColumn(this::reason).setHeader(getTranslation("volunteer.match.reason")).setFlexGrow(2);
        matches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        matches.setAriaLabel(getTranslation("volunteer.match.title"));
        matches.setAllRowsVisible(true);
        matches.setVisible(false);
        matches.addItemClickListener(click -> {
            close();
            openVolunteer.accept(click.getItem().volunteerId());
        });
        none.setText(getTranslation("volunteer.match.none"));
        none.setVisible(false);

        close.setText(getTranslation("volunteer.match.close"));
        close.addClickListener(click -> close());
        getFooter().add(close);
        add(new Paragraph(getTranslation("volunteer.match.intro")), activity, matches, none);
        addOpenedChangeListener(opened -> activity.focus());
    }

    private void show(List<Match> found, boolean chosen) {
        matches.setItems(found);
        matches.setVisible(!found.isEmpty());
        none.setVisible(chosen && found.isEmpty());
    }

    /** "Past: koken, dinsdagavond". */
    String reason(Match match) {
        var parts = new ArrayList<>(match.matchedTags());
        match.coveredSlots().forEach(slot -> parts.add(AvailabilityField.label(this, slot)));
        return getTranslation("volunteer.match.fits", String.join(", ", parts));
    }
}
