package nl.werkbrug.platform.internal;

import nl.werkbrug.shared.TenantEvent;
import nl.werkbrug.tenancy.TenantContext;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Runs every {@link ApplicationModuleListener} of a {@link TenantEvent} in the event's municipality. Such a listener
 * is asynchronous and opens its own transaction; the tenant-scoped transaction manager reads the tenant when that
 * transaction begins, so the tenant must be set around the transaction, not inside the listener body. This advice
 * is ordered before the transaction interceptor (and after the {@code @Async} hop, which Spring always puts first),
 * so the listener's transaction begins with {@code app.tenant_id} set.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventListeners {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantEventListenerAdvisor() {
        MethodInterceptor inTenant = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof TenantEvent event) {
                    return TenantContext.callAs(event.tenantId(), () -> proceed(invocation));
                }
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), inTenant);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Object proceed(org.aopalliance.intercept.MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
