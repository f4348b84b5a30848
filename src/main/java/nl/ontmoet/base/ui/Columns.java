package nl.ontmoet.base.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

/** Grid columns that keep their whole header: a figure column is as wide as its label and its sort arrows. */
public final class Columns {

    /** Room for the sort indicator and the cell padding beside the label, in characters. */
    private static final int AROUND_LABEL = 5;
    /** A character's width in rem; not "ch", which header and body cells would resolve with different fonts. */
    private static final double CHARACTER = 0.6;

    private Columns() {
    }

    /** A right-aligned column of numbers or amounts, never narrower than its header; the grid scrolls sideways. */
    public static <T> Grid.Column<T> figure(Grid.Column<T> column, String header, int widestValue) {
        return column.setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(false).setFlexGrow(0)
                .setWidth((Math.max(header.length(), widestValue) + AROUND_LABEL) * CHARACTER + "rem");
    }
}
