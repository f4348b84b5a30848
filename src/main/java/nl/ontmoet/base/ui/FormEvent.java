package nl.ontmoet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** What a form tells its view: save this bean, delete it, or close without saving. */
public abstract class FormEvent<F extends Component, T> extends ComponentEvent<F> {

    private final T bean;

    protected FormEvent(F source, T bean) {
        super(source, false);
        this.bean = bean;
    }

    public T getBean() {
        return bean;
    }
}
