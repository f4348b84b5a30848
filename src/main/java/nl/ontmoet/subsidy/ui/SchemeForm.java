package nl.ontmoet.subsidy.ui;

import nl.ontmoet.base.ui.DateField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.ontmoet.base.ui.BeanForm;
import nl.ontmoet.subsidy.domain.SubsidyScheme;
import nl.ontmoet.subsidy.service.SchemeInput;

/** Name, year, legal basis (regulation and article), ceiling, window, report threshold and deadline and conditions of a scheme; never deleted. */
public class SchemeForm extends BeanForm<SchemeInput> {

    final TextField name = new TextField();
    final IntegerField year = new IntegerField();
    final BigDecimalField ceiling = new BigDecimalField();
    final DatePicker opensOn = new DateField();
    final DatePicker closesOn = new DateField();
    final BigDecimalField reportThreshold = new BigDecimalField();
    final DatePicker reportDeadline = new DateField();
    final TextArea conditions = new TextArea();
    final TextField regulation = new TextField();
    final TextField article = new TextField();
    final IntegerField decisionWeeks = new IntegerField();
    final IntegerField advancePercentage = new IntegerField();

    public SchemeForm() {
        super(SchemeInput.class, "subsidy.scheme.new", "subsidy.scheme.new");
        name.setLabel(getTranslation("subsidy.scheme.name"));
        name.setMaxLength(SubsidyScheme.NAME_LENGTH);
        year.setLabel(getTranslation("subsidy.scheme.year"));
        year.setStepButtonsVisible(true);
        ceiling.setLabel(getTranslation("subsidy.scheme.ceiling"));
        ceiling.setPrefixComponent(new Span("€"));
        opensOn.setLabel(getTranslation("subsidy.scheme.opensOn"));
        closesOn.setLabel(getTranslation("subsidy.scheme.closesOn"));
        reportThreshold.setLabel(getTranslation("subsidy.scheme.reportThreshold"));
        reportThreshold.setHelperText(getTranslation("subsidy.scheme.reportThreshold.help"));
        reportThreshold.setPrefixComponent(new Span("€"));
        reportDeadline.setLabel(getTranslation("subsidy.scheme.reportDeadline"));
        conditions.setLabel(getTranslation("subsidy.scheme.conditions"));
        conditions.setMaxLength(SubsidyScheme.CONDITIONS_LENGTH);
        regulation.setLabel(getTranslation("subsidy.scheme.regulation"));
        regulation.setHelperText(getTranslation("subsidy.scheme.regulation.help"));
        regulation.setMaxLength(SubsidyScheme.REGULATION_LENGTH);
        article.setLabel(getTranslation("subsidy.scheme.article"));
        article.setHelperText(getTranslation("subsidy.scheme.article.help"));
        article.setMaxLength(SubsidyScheme.ARTICLE_LENGTH);
        decisionWeeks.setLabel(getTranslation("subsidy.scheme.decisionWeeks"));
        decisionWeeks.setHelperText(getTranslation("subsidy.scheme.decisionWeeks.help"));
        decisionWeeks.setMin(1);
        decisionWeeks.setMax(SubsidyScheme.MAX_DECISION_WEEKS);
        decisionWeeks.setStepButtonsVisible(true);
        binder.forField(decisionWeeks).asRequired(getTranslation("subsidy.error.decisionWeeks",
                SubsidyScheme.MAX_DECISION_WEEKS)).bind("decisionWeeks");
        advancePercentage.setLabel(getTranslation("subsidy.scheme.advancePercentage"));
        advancePercentage.setHelperText(getTranslation("subsidy.scheme.advancePercentage.help"));
        advancePercentage.setMin(0);
        advancePercentage.setMax(SubsidyScheme.MAX_ADVANCE_PERCENTAGE);
        advancePercentage.setSuffixComponent(new Span("%"));
        binder.forField(advancePercentage).asRequired(getTranslation("subsidy.error.advancePercentage"))
                .bind("advancePercentage");
        binder.forField(regulation).asRequired(getTranslation("subsidy.error.regulationRequired")).bind("regulation");
        binder.forField(article).asRequired(getTranslation("subsidy.error.articleRequired")).bind("article");
        binder.forField(year).asRequired(getTranslation("subsidy.error.year")).bind("year");
        binder.forField(ceiling).asRequired(getTranslation("subsidy.error.ceilingPositive")).bind("ceiling");
        binder.forField(opensOn).asRequired(getTranslation("subsidy.error.opensRequired")).bind("opensOn");
        binder.forField(closesOn).asRequired(getTranslation("subsidy.error.closesAfterOpens")).bind("closesOn");
        save.setText(getTranslation("subsidy.scheme.save"));
        cancel.setText(getTranslation("subsidy.cancel"));
        title.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        layout(name, year, regulation, article, ceiling, reportThreshold, opensOn, closesOn, reportDeadline,
                decisionWeeks, advancePercentage, conditions);
        setColspan(conditions, 2);
        save.getParent().ifPresent(buttons -> setColspan(buttons, 2));
    }

    @Override
    protected boolean canDelete(SchemeInput scheme) {
        return false;
    }
}
