package nl.ontmoet.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.ontmoet.base.ui.Dialogs;
import nl.ontmoet.base.ui.FormErrors;
import nl.ontmoet.base.ui.Notifications;
import nl.ontmoet.programme.service.PlanResult;
import nl.ontmoet.programme.service.SessionPlan;
import nl.ontmoet.programme.service.SessionPlanningService;
import nl.ontmoet.programme.service.Warning;

import java.util.List;
import java.util.function.BiConsumer;

/** Saving the planning form: first what the user should confirm (room too small, a clash), then the plan itself. */
class SessionPlanner {

    private final SessionForm form;
    private final SessionPlanningService planning;
    private final FormErrors formErrors;
    private final BiConsumer<SessionPlan, PlanResult> planned;

    SessionPlanner(SessionForm form, SessionPlanningService planning, FormErrors formErrors,
                   BiConsumer<SessionPlan, PlanResult> planned) {
        this.form = form;
        this.planning = planning;
        this.formErrors = formErrors;
        this.planned = planned;
        form.addSaveListener(save -> checkAndPlan(save.getBean()));
        form.addCancelListener(cancel -> form.setVisible(false));
    }

    private void checkAndPlan(SessionPlan plan) {
        formErrors.attemptGet(form.getBinder(), () -> planning.warnings(plan)).ifPresent(warnings -> {
            if (warnings.isEmpty()) {
                plan(plan);
            } else {
                confirm(plan, warnings);
            }
        });
    }

    private void confirm(SessionPlan plan, List<Warning> warnings) {
        var list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(form.getTranslation(w.messageKey(), w.args()))));
        Dialogs.confirm(form.getTranslation("session.warning.title"), "",
                        form.getTranslation("session.warning.confirm"), () -> plan(plan))
                .setText(new Div(list, new Paragraph(form.getTranslation("session.warning.question"))));
    }

    private void plan(SessionPlan plan) {
        formErrors.attemptGet(form.getBinder(), () -> planning.plan(plan)).ifPresent(result -> {
            Notifications.success(form.getTranslation("session.planned", result.created()));
            form.setVisible(false);
            planned.accept(plan, result);
        });
    }
}
