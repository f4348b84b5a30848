package nl.ontmoet.bookkeeping.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import nl.ontmoet.base.format.Formats;
import nl.ontmoet.bookkeeping.domain.LedgerRow;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringDataSort;

/** The ledger's rows, sorted by the database on the chosen column. */
class LedgerGrid extends Grid<LedgerRow> {

    LedgerGrid() {
        addColumn(r -> Formats.current().date(r.entryDate())).setHeader(getTranslation("bookkeeping.entry.date"))
                .setSortProperty("entryDate").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation("bookkeeping.direction." + r.direction().name()))
                .setHeader(getTranslation("bookkeeping.direction")).setSortProperty("direction")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(LedgerRow::categoryName).setHeader(getTranslation("bookkeeping.entry.category"))
                .setSortProperty("category.name").setAutoWidth(true);
        addColumn(LedgerRow::description).setHeader(getTranslation("bookkeeping.entry.description"))
                .setSortProperty("description").setFlexGrow(2).setWidth("14rem")
                .setTooltipGenerator(LedgerRow::description);
        addColumn(LedgerRow::counterparty).setHeader(getTranslation("bookkeeping.entry.counterparty"))
                .setSortProperty("counterparty").setWidth("10rem").setTooltipGenerator(LedgerRow::counterparty);
        addColumn(r -> Formats.current().money(r.amount())).setHeader(getTranslation("bookkeeping.entry.amount"))
                .setSortProperty("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(LedgerRow::accountName).setHeader(getTranslation("bookkeeping.account"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.balance() == null ? "" : Formats.current().money(r.balance()))
                .setHeader(getTranslation("bookkeeping.account.balance")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("balance");
        addColumn(r -> r.hasReceipt() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("bookkeeping.entry.receipt.short")).setAutoWidth(true).setFlexGrow(0);
        setAriaLabel(getTranslation("nav.centre.ledger"));
    }

    /** The grid's sort, always ending in id so that paging is stable; newest first when nothing is chosen. */
    static Sort sortOf(Query<?, ?> query) {
        Sort sort = toSpringDataSort(query);
        if (sort.isUnsorted()) {
            return Sort.by(Sort.Direction.DESC, "entryDate", "id");
        }
        List<Sort.Order> all = new ArrayList<>(sort.toList());
        all.add(Sort.Order.desc("id"));
        return Sort.by(all);
    }
}
