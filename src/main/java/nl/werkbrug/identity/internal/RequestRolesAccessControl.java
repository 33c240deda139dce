package nl.werkbrug.identity.internal;

import java.util.Collection;
import java.util.function.Predicate;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Vaadin's navigation access control ({@code @RolesAllowed} on views) asking the request for the user's roles, as
 * Vaadin's own does, with the role prefix holder it is given. Vaadin's own looks the holder up on every navigation
 * through its Spring lookup, which after asking Spring reads the {@code META-INF/services} files of every jar on the
 * class path each time: the load test found that 5 % of the portal's CPU with 300 users (ADR 0027). The decisions are
 * the same: the checkers, the decision resolver, the login view and whether it is enabled are Vaadin's.
 */
final class RequestRolesAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder prefixHolder;

    RequestRolesAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                              VaadinRolePrefixHolder prefixHolder) {
        super(checkers, resolver);
        this.prefixHolder = prefixHolder;
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request == null) {
            return super.getRolesChecker(null);
        }
        if (!prefixHolder.isSet()) {
            prefixHolder.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }

    /**
     * Puts a {@link RequestRolesAccessControl} in the place of the access control Vaadin's auto-configuration makes,
     * built by the same configurer from the same checkers; Vaadin's security configurer then sets its login view and
     * enables it, as it would have Vaadin's own.
     */
    @Component
    static final class Installer implements BeanPostProcessor {

        private final ObjectProvider<NavigationAccessControlConfigurer> configurer;
        private final ObjectProvider<NavigationAccessChecker> checkers;
        private final ObjectProvider<VaadinRolePrefixHolder> prefixHolder;

        Installer(ObjectProvider<NavigationAccessControlConfigurer> configurer,
                  ObjectProvider<NavigationAccessChecker> checkers, ObjectProvider<VaadinRolePrefixHolder> prefixHolder) {
            this.configurer = configurer;
            this.checkers = checkers;
            this.prefixHolder = prefixHolder;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof SpringNavigationAccessControl && !(bean instanceof RequestRolesAccessControl)) {
                return configurer.getObject().build((list, resolver) ->
                        new RequestRolesAccessControl(list, resolver, prefixHolder.getObject()),
                        checkers.orderedStream().toList());
            }
            return bean;
        }
    }
}
