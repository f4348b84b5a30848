package nl.ontmoet.centre.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.centre.domain.Centre;
import nl.ontmoet.centre.service.CentreService;

/**
 * A screen of one centre, at {@code centres/:centre/...}. The centre is looked up through the service, which
 * refuses centres the user may not see: the router then shows the "not found / no access" page instead.
 */
public abstract class CentreScopedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CENTRE_PARAMETER = "centre";

    protected final CentreService centreService;
    private Centre centre;
    private RouteParameters routeParameters = RouteParameters.empty();
    private QueryParameters queryParameters = QueryParameters.empty();

    protected CentreScopedView(CentreService centreService) {
        this.centreService = centreService;
        addClassName("view");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(CENTRE_PARAMETER)
                .orElseThrow(() -> new RecordNotFoundException("Centre", "(none)"));
        routeParameters = event.getRouteParameters();
        queryParameters = event.getLocation().getQueryParameters();
        centre = centreService.open(slug);
        removeAll();
        render(centre);
    }

    protected Centre centre() {
        return centre;
    }

    /** The parameters of the route being entered, for views with more than the centre in their address. */
    protected RouteParameters routeParameters() {
        return routeParameters;
    }

    /** The query parameters of the address being entered, e.g. the record a search result opens. */
    protected QueryParameters queryParameters() {
        return queryParameters;
    }

    /** Builds the screen for the centre; called on every navigation to it. */
    protected abstract void render(Centre centre);

    protected abstract String titleKey();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + (centre == null ? "" : " – " + centre.getName());
    }
}
