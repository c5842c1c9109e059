package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Actors;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The only page reachable without signing in. */
@Route("login")
@Prototype
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Authenticator authenticator;
    private final Actors actors;
    private final OrganisationService organisations;
    private final WorkspaceModules modules;
    private final AccountWatch accountWatch;
    private final LoginForm form = new LoginForm();
    private final Paragraph ended = new Paragraph();

    LoginView(Authenticator authenticator, Actors actors, OrganisationService organisations, WorkspaceModules modules,
              AccountWatch accountWatch) {
        this.authenticator = authenticator;
        this.actors = actors;
        this.organisations = organisations;
        this.modules = modules;
        this.accountWatch = accountWatch;
        setId("login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(i18n());
        // LoginI18n has no entry for the password field's reveal button, whose label is English by default
        form.getElement().executeJs("const field = this.querySelector('vaadin-password-field')"
                + " || (this.shadowRoot && this.shadowRoot.querySelector('vaadin-password-field'));"
                + " if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); }",
                getTranslation("login.password.reveal"));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(attempt -> signIn(attempt.getUsername(), attempt.getPassword()));
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassName("tk-login-hint");
        ended.setId("session-ended");
        ended.setText(getTranslation("login.session-ended"));
        ended.getElement().setAttribute("role", "alert");
        ended.addClassName("tk-login-hint");
        ended.setVisible(false);
        add(ended, form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // AccountWatch sends here a session it ended because the account changed under it
        ended.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("ended"));
    }

    private void signIn(String login, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            Actor actor = authenticator.signIn(login, password, request.getRemoteAddr());
            // a new session id after sign-in: a session id planted before cannot ride on it
            VaadinService.reinitializeSession(request);
            enterHomeOrganisation(actor);
            accountWatch.remember(actor);
            UI.getCurrent().navigate(HomeView.class);
        } catch (UnauthenticatedException refused) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setMessage(refused.getMessage());
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    /** The account's own organisation; a system administrator without one starts in the first created. */
    private void enterHomeOrganisation(Actor actor) {
        List<Organisation> available = organisations.list(actor);
        Optional<Organisation> own = available.stream().filter(organisation -> organisation.id() == actor.organisationId()).findFirst();
        if (own.isPresent()) {
            modules.enter(actor, own.get());
        } else {
            available.stream().min(Comparator.comparingLong(Organisation::id))
                    .ifPresentOrElse(first -> modules.enter(actors.inOrganisation(actor, first), first),
                            () -> modules.enter(actor, null));
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("app.name"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("auth.invalid"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.submit") + " · " + getTranslation("app.name");
    }
}
