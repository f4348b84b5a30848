package nl.ontmoet.volunteer.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.volunteer.domain.AllowanceLimit;

/** Edits the allowance limits of one year; a year's limits are corrected, never deleted. */
public class AllowanceLimitForm extends BeanForm<AllowanceLimit> {

    final IntegerField year = new IntegerField();
    final BigDecimalField maxPerHourAdult = euroField("volunteer.limit.maxPerHourAdult");
    final BigDecimalField maxPerHourYoung = euroField("volunteer.limit.maxPerHourYoung");
    final BigDecimalField maxPerMonth = euroField("volunteer.limit.maxPerMonth");
    final BigDecimalField maxPerYear = euroField("volunteer.limit.maxPerYear");

    public AllowanceLimitForm() {
        super(AllowanceLimit.class, "volunteer.limit.new", "volunteer.limit.edit");
        addClassName("allowance-limit-form");
        year.setLabel(getTranslation("volunteer.limit.year"));
        year.setMin(AllowanceLimit.MIN_YEAR);
        year.setMax(AllowanceLimit.MAX_YEAR);
        year.setStepButtonsVisible(true);
        layout(year, maxPerHourAdult, maxPerHourYoung, maxPerMonth, maxPerYear);
    }

    @Override
    protected boolean canDelete(AllowanceLimit limit) {
        return false;
    }

    private BigDecimalField euroField(String key) {
        var field = new BigDecimalField(getTranslation(key));
        field.setPrefixComponent(new Span("€"));
        field.setHelperText(getTranslation("volunteer.limit.amount.help"));
        return field;
    }
}
