package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.ontmoet.base.search.SearchHit;
import nl.ontmoet.base.search.SearchService;
import nl.ontmoet.base.search.SearchText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search field (Ctrl+K): what the user types is looked up in the database after a short pause, and the results
 * are links grouped by kind; Enter opens the first result.
 */
public class SearchDialog extends Dialog {

    private final SearchService searchService;
    final TextField field = new TextField();
    final Div results = new Div();
    private List<SearchHit> hits = List.of();

    public SearchDialog(SearchService searchService) {
        this.searchService = searchService;
        addClassName("search-dialog");
        setHeaderTitle(getTranslation("search.title"));
        getElement().setAttribute("aria-label", getTranslation("search.title"));
        field.setLabel(getTranslation("search.field"));
        field.setHelperText(getTranslation("search.helper"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchText.MAX_LENGTH);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(change -> show(change.getValue()));
        field.addKeyDownListener(Key.ENTER, enter -> openFirst());
        results.addClassName("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(field, results);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                field.focus();
            }
        });
    }

    public void openEmpty() {
        field.clear();
        results.removeAll();
        hits = List.of();
        open();
    }

    void show(String typed) {
        results.removeAll();
        if (SearchText.of(typed).isEmpty()) {
            hits = List.of();
            return;
        }
        hits = searchService.search(typed);
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", typed.strip())));
            return;
        }
        Map<String, UnorderedList> groups = new LinkedHashMap<>();
        for (var hit : hits) {
            groups.computeIfAbsent(hit.kindKey(), key -> group(key)).add(item(hit));
        }
    }

    private UnorderedList group(String kindKey) {
        var heading = new H3(getTranslation(kindKey));
        heading.addClassName("search-kind");
        var list = new UnorderedList();
        list.addClassName("search-list");
        results.add(heading, list);
        return list;
    }

    private ListItem item(SearchHit hit) {
        var link = new Anchor(hit.path());
        link.getElement().setAttribute("router-link", true);
        var title = new Span(hit.title());
        title.addClassName("search-title");
        link.add(title);
        if (hit.labelKey() != null) {
            var label = new Span(getTranslation(hit.labelKey()));
            label.addClassName("search-label");
            link.add(label);
        }
        if (hit.context() != null && !hit.context().isBlank()) {
            var context = new Span(hit.context());
            context.addClassName("search-context");
            link.add(context);
        }
        link.addClassName("search-hit");
        link.getElement().addEventListener("click", click -> close());
        return new ListItem(link);
    }

    private void openFirst() {
        if (!hits.isEmpty()) {
            close();
            UI.getCurrent().navigate(hits.getFirst().path());
        }
    }
}
