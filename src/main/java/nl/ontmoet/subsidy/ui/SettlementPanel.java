package nl.ontmoet.subsidy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.subsidy.domain.SubsidyApplication;
import nl.ontmoet.subsidy.service.SubsidySettlementService;

import java.math.BigDecimal;

/**
 * A manager's settlement (vaststelling) of a reported application: the final amount, and settled less paid (still to
 * pay to the centre, or paid too much).
 */
public class SettlementPanel extends VerticalLayout {

    final BigDecimalField finalAmount = new BigDecimalField();
    final TextArea remark = new TextArea();
    final Paragraph toRepay = new Paragraph();
    final Button settle = new Button();
    /** Only for pointing refusals at the right field: {@code finalAmount}, {@code remark}. */
    final Binder<SettlementInput> binder = new Binder<>(SettlementInput.class);
    private final BigDecimal granted;
    private final BigDecimal paid;

    SettlementPanel(SubsidyApplication application, BigDecimal paid, SubsidySettlementService settlements,
                    FormErrors formErrors, Runnable settled) {
        this.granted = application.getGrantedAmount();
        this.paid = paid;
        setPadding(false);
        addClassName("decision-panel");
        addClassName("settlement-panel");
        finalAmount.setLabel(getTranslation("subsidy.finalAmount"));
        finalAmount.setPrefixComponent(new Span("€"));
        finalAmount.setHelperText(getTranslation("subsidy.finalAmount.help", SubsidyTexts.money(granted)));
        finalAmount.setValueChangeMode(ValueChangeMode.EAGER);
        finalAmount.addValueChangeListener(change -> showToRepay());
        remark.setLabel(getTranslation("subsidy.settlementRemark"));
        remark.setHelperText(getTranslation("subsidy.settlementRemark.help"));
        remark.setMaxLength(SubsidyApplication.TEXT_LENGTH);
        binder.bindInstanceFields(this);
        toRepay.addClassName("to-repay");
        toRepay.getElement().setAttribute("aria-live", "polite");
        settle.setText(getTranslation("subsidy.settle"));
        settle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(finalAmount, toRepay, remark);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(remark, 2);
        add(new H3(getTranslation("subsidy.settlement")), form, settle);
        finalAmount.setValue(granted);
        showToRepay();
        settle.addClickListener(click -> {
            if (formErrors.attempt(binder, () -> settlements.settle(application.getId(), finalAmount.getValue(),
                    remark.getValue()))) {
                Notifications.success(getTranslation("subsidy.settled"));
                settled.run();
            }
        });
    }

    private void showToRepay() {
        BigDecimal amount = finalAmount.getValue();
        if (amount == null) {
            toRepay.setText("");
            return;
        }
        BigDecimal balance = amount.subtract(paid);
        toRepay.setText(getTranslation("subsidy.payment.paid", SubsidyTexts.money(paid)) + " · "
                + (balance.signum() >= 0 ? getTranslation("subsidy.payment.toPay", SubsidyTexts.money(balance))
                : getTranslation("subsidy.payment.toRepay", SubsidyTexts.money(balance.negate()))));
    }

    /** Field names for the error mapping. */
    public static class SettlementInput {
        private BigDecimal finalAmount;
        private String remark;

        public BigDecimal getFinalAmount() { return finalAmount; }
        public void setFinalAmount(BigDecimal finalAmount) { this.finalAmount = finalAmount; }
        public String getRemark() { return remark; }
        public void setRemark(String remark) { this.remark = remark; }
    }
}
