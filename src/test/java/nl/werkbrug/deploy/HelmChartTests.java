package nl.werkbrug.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Lints and renders the Helm chart in helm/werkbrug with the Helm that helm-java embeds, and checks the
 * Kubernetes objects a cluster would receive. Needs neither a cluster nor a helm binary.
 */
class HelmChartTests {

    static final Path CHART = Path.of("helm/werkbrug");
    static final Path TEST_VALUES = Path.of("src/test/resources/helm/test-values.yaml");
    static final String RELEASE = "twente";
    static final String FULLNAME = "twente-werkbrug";
    /** The chart needs Kubernetes 1.25 or newer; without this the embedded Helm assumes 1.20. */
    static final String KUBERNETES_VERSION = "v1.33.0";
    static final Pattern CREDENTIAL_NAME = Pattern.compile("PASSWORD|SECRET|USER|_KEY$");
    static final ObjectReader YAML = YAMLMapper.builder().build().readerFor(JsonNode.class);

    static Manifests installation;

    @BeforeAll
    static void render_the_test_installation() {
        installation = render(Map.of());
    }

    @Test
    void the_chart_passes_strict_lint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }

    @Test
    void the_replica_count_applies_only_when_the_autoscaler_is_off() {
        assertThat(installation.deployment().at("/spec").has("replicas")).isFalse();
        assertThat(installation.all("HorizontalPodAutoscaler")).hasSize(1);

        Manifests withoutAutoscaler = render(Map.of("autoscaling.enabled", false, "replicaCount", 3));

        assertThat(withoutAutoscaler.deployment().at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(withoutAutoscaler.all("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void the_three_probes_ask_actuator_on_the_management_port() {
        JsonNode portal = installation.portalContainer();

        assertThat(ports(portal.at("/ports"), "containerPort"))
                .containsExactly(entry("http", "8080"), entry("management", "8081"));
        assertProbe(portal.at("/startupProbe"), "/actuator/health/liveness");
        assertProbe(portal.at("/livenessProbe"), "/actuator/health/liveness");
        assertProbe(portal.at("/readinessProbe"), "/actuator/health/readiness");
        JsonNode startup = portal.at("/startupProbe");
        int secondsToStart = startup.at("/initialDelaySeconds").asInt()
                + startup.at("/periodSeconds").asInt() * startup.at("/failureThreshold").asInt();
        assertThat(secondsToStart).isGreaterThanOrEqualTo(120);
    }

    @Test
    void the_portal_runs_as_non_root_on_a_read_only_root_filesystem() {
        JsonNode pod = installation.deployment().at("/spec/template/spec");
        JsonNode portal = installation.portalContainer();

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(1000);
        assertThat(pod.at("/securityContext/runAsGroup").asInt()).isEqualTo(1000);
        assertThat(pod.at("/securityContext/fsGroup").asInt()).isEqualTo(1000);
        assertThat(pod.at("/securityContext/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("/automountServiceAccountToken").asBoolean()).isFalse();
        assertThat(portal.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(portal.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(portal.at("/securityContext/capabilities/drop").valueStream().map(JsonNode::asString))
                .containsExactly("ALL");

        String tmpVolume = portal.at("/volumeMounts").valueStream()
                .filter(mount -> mount.at("/mountPath").asString().equals("/tmp"))
                .map(mount -> mount.at("/name").asString())
                .findFirst().orElseThrow(() -> new AssertionError("nothing is mounted at /tmp"));
        assertThat(pod.at("/volumes").valueStream()
                .filter(volume -> volume.at("/name").asString().equals(tmpVolume))
                .map(volume -> volume.has("emptyDir")))
                .containsExactly(true);
        assertThat(installation.configData().get("JAVA_TOOL_OPTIONS"))
                .contains("-Djava.io.tmpdir=/tmp", "-XX:MaxRAMPercentage=75", "-XX:+UseCompactObjectHeaders");
    }

    @Test
    void a_stopping_pod_keeps_serving_until_the_ingress_has_let_go() {
        JsonNode pod = installation.deployment().at("/spec/template/spec");
        List<String> preStop = installation.portalContainer().at("/lifecycle/preStop/exec/command").valueStream()
                .map(JsonNode::asString).toList();

        assertThat(preStop).containsExactly("sleep", "10");
        assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).isEqualTo(45);
    }

    @Test
    void the_ingress_keeps_sessions_sticky_with_a_cookie() {
        JsonNode ingress = installation.one("Ingress");

        assertThat(ingress.at("/spec/ingressClassName").asString()).isEqualTo("nginx");
        assertThat(strings(ingress.at("/metadata/annotations"))).contains(
                entry("nginx.ingress.kubernetes.io/affinity", "cookie"),
                entry("nginx.ingress.kubernetes.io/affinity-mode", "persistent"),
                entry("nginx.ingress.kubernetes.io/session-cookie-name", "WERKBRUG_ROUTE"),
                entry("nginx.ingress.kubernetes.io/session-cookie-max-age", "28800"),
                entry("nginx.ingress.kubernetes.io/session-cookie-samesite", "Lax"),
                entry("nginx.ingress.kubernetes.io/session-cookie-secure", "true"),
                entry("nginx.ingress.kubernetes.io/proxy-body-size", "25m"));
    }

    @Test
    void the_ingress_serves_each_municipality_over_tls_and_routes_only_the_root_to_http() {
        JsonNode ingress = installation.one("Ingress");
        List<String> municipalities = List.of("enschede.werkbrug.example", "hengelo.werkbrug.example");

        assertThat(ingress.at("/spec/rules").valueStream().map(rule -> rule.at("/host").asString()))
                .containsExactlyElementsOf(municipalities);
        ingress.at("/spec/rules").forEach(rule -> {
            JsonNode paths = rule.at("/http/paths");
            assertThat(paths.size()).isEqualTo(1);
            assertThat(paths.at("/0/path").asString()).isEqualTo("/");
            assertThat(paths.at("/0/pathType").asString()).isEqualTo("Prefix");
            assertThat(paths.at("/0/backend/service/name").asString()).isEqualTo(FULLNAME);
            assertThat(paths.at("/0/backend/service/port/name").asString()).isEqualTo("http");
        });
        assertThat(ingress.at("/spec/tls/0/secretName").asString()).isEqualTo("werkbrug-tls");
        assertThat(ingress.at("/spec/tls/0/hosts").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(municipalities);
    }

    @Test
    void the_ingress_refuses_to_render_a_host_without_tls() {
        assertThatThrownBy(() -> render(Map.of("ingress.tls", "null")))
                .hasMessageContaining("ingress.tls is required for every host: enschede.werkbrug.example has no TLS section");
        assertThatThrownBy(() -> render(Map.of("ingress.hosts[2].host", "borne.werkbrug.example")))
                .hasMessageContaining("borne.werkbrug.example has no TLS section");
        assertThat(render(Map.of("ingress.enabled", false)).kinds()).doesNotContain("Ingress");
    }

    @Test
    void the_service_exposes_only_the_http_port() {
        JsonNode service = installation.one("Service");

        assertThat(service.at("/metadata/name").asString()).isEqualTo(FULLNAME);
        assertThat(ports(service.at("/spec/ports"), "port")).containsExactly(entry("http", "8080"));
        assertThat(service.at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
        assertSelectsThePortalPods(service.at("/spec/selector"));
    }

    @Test
    void the_autoscaler_keeps_two_to_six_replicas_and_scales_down_slowly() {
        JsonNode autoscaler = installation.one("HorizontalPodAutoscaler");

        assertThat(autoscaler.at("/apiVersion").asString()).isEqualTo("autoscaling/v2");
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asString()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asString()).isEqualTo(FULLNAME);
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(2);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isEqualTo(6);
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asString()).isEqualTo("cpu");
        assertThat(autoscaler.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
        assertThat(autoscaler.at("/spec/behavior/scaleDown/stabilizationWindowSeconds").asInt()).isEqualTo(300);
    }

    void assertSelectsThePortalPods(JsonNode matchLabels) {
        assertThat(strings(matchLabels)).isEqualTo(strings(installation.deployment().at("/spec/selector/matchLabels")));
    }

    @Test
    void the_disruption_budget_keeps_one_pod_available() {
        JsonNode budget = installation.one("PodDisruptionBudget");

        assertThat(budget.at("/apiVersion").asString()).isEqualTo("policy/v1");
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertSelectsThePortalPods(budget.at("/spec/selector/matchLabels"));
    }

    @Test
    void credentials_reach_the_pod_only_as_secret_references() {
        JsonNode env = installation.portalContainer().at("/env");
        Map<String, String> references = new LinkedHashMap<>();
        env.forEach(variable -> {
            String name = variable.at("/name").asString();
            if (CREDENTIAL_NAME.matcher(name).find()) {
                assertThat(variable.has("value")).as(name + " has a literal value").isFalse();
                JsonNode reference = variable.at("/valueFrom/secretKeyRef");
                assertThat(reference.isMissingNode()).as(name + " is not a secretKeyRef").isFalse();
                references.put(name, reference.at("/name").asString() + "/" + reference.at("/key").asString());
            }
        });

        assertThat(references).containsExactly(
                entry("SPRING_DATASOURCE_USERNAME", "werkbrug-db-app/username"),
                entry("SPRING_DATASOURCE_PASSWORD", "werkbrug-db-app/password"),
                entry("WERKBRUG_BSN_ENCRYPTION_KEY", "werkbrug-bsn-keys/encryption-key"),
                entry("WERKBRUG_BSN_INDEX_KEY", "werkbrug-bsn-keys/index-key"),
                entry("WERKBRUG_DOCUMENT_ENCRYPTION_KEY", "werkbrug-bsn-keys/document-key"),
                entry("KEYCLOAK_CLIENT_SECRET", "werkbrug-keycloak-client/client-secret"),
                entry("KEYCLOAK_PROVISIONING_CLIENT_SECRET", "werkbrug-keycloak-provisioning/client-secret"),
                entry("SPRING_MAIL_USERNAME", "werkbrug-smtp/username"),
                entry("SPRING_MAIL_PASSWORD", "werkbrug-smtp/password"));
        assertThat(installation.configData().keySet()).noneMatch(key -> CREDENTIAL_NAME.matcher(key).find());
    }

    @Test
    void only_the_migration_job_receives_the_schema_owners_credentials_and_the_portal_does_not_run_liquibase()
            throws java.io.IOException {
        // helm template (and helm-java) leaves hooks out: the Job's body is checked as a plain Job, its hook
        // annotations from the chart's default values and the template text
        JsonNode job = render(Map.of("database.migration.hook", false)).one("Job");
        JsonNode migration = job.at("/spec/template/spec/containers/0");
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        migration.at("/env").forEach(variable -> {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            if (reference.isMissingNode()) {
                values.put(variable.at("/name").asString(), variable.at("/value").asString());
            } else {
                references.put(variable.at("/name").asString(),
                        reference.at("/name").asString() + "/" + reference.at("/key").asString());
            }
        });

        assertThat(job.at("/metadata/annotations").isMissingNode()).isTrue();
        assertThat(installation.all("Job")).as("by default the Job is a hook, not part of the manifest").isEmpty();
        assertThat(java.nio.file.Files.readString(CHART.resolve("values.yaml"))).contains("\n    hook: true\n");
        assertThat(java.nio.file.Files.readString(CHART.resolve("templates/migration-job.yaml"))).contains(
                "set $annotations \"helm.sh/hook\" \"pre-install,pre-upgrade\"",
                "set $annotations \"helm.sh/hook-delete-policy\" \"before-hook-creation,hook-succeeded\"");
        assertThat(references).containsExactly(
                entry("SPRING_LIQUIBASE_USER", "werkbrug-db-owner/owner-username"),
                entry("SPRING_LIQUIBASE_PASSWORD", "werkbrug-db-owner/owner-password"));
        assertThat(values).contains(
                entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://werkbrug-db-rw.werkbrug.svc:5432/werkbrug"),
                entry("WERKBRUG_DB_APP_ROLE", "werkbrug_app"));
        assertThat(migration.at("/command").valueStream().map(JsonNode::asString))
                .containsExactly("java", "-cp", "/app/werkbrug.jar",
                        "nl.werkbrug.platform.SchemaMigration");
        assertThat(migration.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(job.at("/spec/template/spec/automountServiceAccountToken").asBoolean()).isFalse();
        // the Service and the portal's selectors never pick the migration pod
        assertThat(strings(job.at("/spec/template/metadata/labels")))
                .doesNotContainEntry("app.kubernetes.io/name", "werkbrug");

        // the portal: no owner secret anywhere in its Deployment, and Liquibase off
        String deployment = installation.deployment().toString();
        assertThat(deployment).doesNotContain("werkbrug-db-owner", "LIQUIBASE_USER", "LIQUIBASE_PASSWORD");
        assertThat(installation.configData()).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
    }

    @Test
    void without_mail_and_provisioning_secrets_no_reference_to_them_is_rendered() {
        Manifests plain = render(Map.of("mail.existingSecret", "", "keycloak.provisioning.existingSecret", "",
                "mail.host", "", "baseUrl", ""));
        JsonNode env = plain.portalContainer().at("/env");
        List<String> names = new ArrayList<>();
        env.forEach(variable -> names.add(variable.at("/name").asString()));

        assertThat(names).doesNotContain("SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD", "KEYCLOAK_PROVISIONING_CLIENT_SECRET");
        assertThat(plain.configData()).doesNotContainKeys("SPRING_MAIL_HOST", "WERKBRUG_BASE_URL");
    }

    @Test
    void no_secret_is_rendered_even_with_every_option_on() {
        Manifests everything = render(Map.of(
                "metrics.enabled", true,
                "metrics.podMonitor.enabled", true,
                "networkPolicy.enabled", true));

        assertThat(installation.kinds()).doesNotContain("Secret");
        assertThat(everything.kinds()).doesNotContain("Secret")
                .contains("Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                        "ConfigMap", "ServiceAccount", "NetworkPolicy", "PodMonitor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"database.app.existingSecret", "database.migration.existingSecret", "keycloak.existingSecret",
            "bsn.existingSecret"})
    void rendering_without_an_existing_secret_name_fails_with_a_clear_message(String valuesKey) {
        assertThatThrownBy(() -> render(Map.of(valuesKey, "")))
                .hasMessageContaining(valuesKey + " is required: the name of an existing Secret");
    }

    @Test
    void rendering_the_defaults_alone_fails_on_the_missing_secret_names() {
        TemplateCommand defaultsOnly = new Helm(CHART).template().withName(RELEASE).withKubeVersion(KUBERNETES_VERSION);

        assertThatThrownBy(() -> defaultsOnly.call())
                .hasMessageContaining("existingSecret is required")
                .hasMessageContaining("This chart never creates Secrets");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "replicaCount     | two                | at '/replicaCount': got string, want integer",
        "image.pullPolicy | Sometimes          | at '/image/pullPolicy': value must be one of",
        "database.url     | mysql://db/werkbrug | at '/database/url'",
    })
    void the_values_schema_rejects_a_wrong_value(String valuesKey, String wrong, String complaint) {
        assertThatThrownBy(() -> render(Map.of(valuesKey, wrong)))
                .hasMessageContaining("don't meet the specifications of the schema")
                .hasMessageContaining(complaint);
    }

    @Test
    void the_config_map_carries_the_settings_the_application_reads() {
        assertThat(installation.configData()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("SPRING_PROFILES_ACTIVE", "prod"),
                entry("SERVER_PORT", "8080"),
                entry("MANAGEMENT_SERVER_PORT", "8081"),
                entry("WERKBRUG_TENANCY_REGION", "twente"),
                entry("WERKBRUG_TENANCY_DIRECTORY", "/app/tenants"),
                entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://werkbrug-db-rw.werkbrug.svc:5432/werkbrug"),
                entry("KEYCLOAK_ISSUER_URI", "https://login.twente.example/realms/twente"),
                entry("KEYCLOAK_CLIENT_ID", "werkbrug"),
                entry("KEYCLOAK_PROVISIONING_CLIENT_ID", "werkbrug-provisioning"),
                entry("SPRING_MAIL_HOST", "smtp.twente.example"),
                entry("SPRING_MAIL_PORT", "587"),
                entry("WERKBRUG_BASE_URL", "https://werkbrug.twente.example"),
                entry("WERKBRUG_DB_APP_ROLE", "werkbrug_app"),
                entry("SPRING_LIQUIBASE_ENABLED", "false"),
                entry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -XX:+UseCompactObjectHeaders -Djava.io.tmpdir=/tmp")));
        assertThat(installation.portalContainer().at("/envFrom/0/configMapRef/name").asString())
                .isEqualTo(installation.one("ConfigMap").at("/metadata/name").asString());
    }

    @Test
    void a_changed_setting_rolls_the_pods() {
        String checksum = installation.podAnnotations().get("checksum/config");
        String otherRegion = render(Map.of("config.tenancy.region", "achterhoek")).podAnnotations().get("checksum/config");

        assertThat(checksum).hasSize(64);
        assertThat(otherRegion).hasSize(64).isNotEqualTo(checksum);
    }

    @Test
    void pods_spread_across_nodes_by_default() {
        JsonNode constraint = installation.deployment().at("/spec/template/spec/topologySpreadConstraints/0");

        assertThat(constraint.at("/topologyKey").asString()).isEqualTo("kubernetes.io/hostname");
        assertThat(constraint.at("/maxSkew").asInt()).isEqualTo(1);
        assertSelectsThePortalPods(constraint.at("/labelSelector/matchLabels"));
    }

    @Test
    void the_management_port_is_scraped_only_when_metrics_are_enabled() {
        assertThat(installation.podAnnotations()).doesNotContainKey("prometheus.io/scrape");
        assertThat(installation.kinds()).doesNotContain("PodMonitor");
        assertThat(installation.configData()).doesNotContainKey("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE");

        Manifests scraped = render(Map.of("metrics.enabled", true, "metrics.podMonitor.enabled", true));

        assertThat(scraped.podAnnotations()).contains(
                entry("prometheus.io/scrape", "true"),
                entry("prometheus.io/port", "8081"),
                entry("prometheus.io/path", "/actuator/prometheus"));
        JsonNode endpoint = scraped.one("PodMonitor").at("/spec/podMetricsEndpoints/0");
        assertThat(endpoint.at("/port").asString()).isEqualTo("management");
        assertThat(endpoint.at("/path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(scraped.configData().get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE")).contains("prometheus");
        assertThat(ports(scraped.one("Service").at("/spec/ports"), "port")).containsOnlyKeys("http");
    }

    @Test
    void the_network_policy_is_on_by_default_and_admits_only_the_ingress_controller_and_monitoring() {
        assertThat(render(Map.of("networkPolicy.enabled", false)).kinds()).doesNotContain("NetworkPolicy");

        JsonNode policy = installation.one("NetworkPolicy");
        assertSelectsThePortalPods(policy.at("/spec/podSelector/matchLabels"));

        JsonNode rules = policy.at("/spec/ingress");
        assertThat(rules.size()).isEqualTo(2);
        assertThat(rules.at("/0/ports/0/port").asString()).isEqualTo("http");
        assertThat(rules.at("/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asString())
                .isEqualTo("ingress-nginx");
        assertThat(rules.at("/1/ports/0/port").asString()).isEqualTo("management");
        assertThat(rules.at("/1/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asString())
                .isEqualTo("monitoring");
    }

    @Test
    void the_extension_hooks_reach_the_pod() {
        Manifests extended = render(Map.of(
                "extraEnv[0].name", "LOGGING_LEVEL_NL_WERKBRUG",
                "extraEnv[0].value", "DEBUG",
                "extraVolumes[0].name", "branding",
                "extraVolumes[0].configMap.name", "werkbrug-branding",
                "extraVolumeMounts[0].name", "branding",
                "extraVolumeMounts[0].mountPath", "/app/branding",
                "podLabels.werkbrug\\.nl/region", "twente",
                "podAnnotations.example\\.nl/owner", "team-werkbrug",
                "nodeSelector.kubernetes\\.io/arch", "amd64"));

        JsonNode pod = extended.deployment().at("/spec/template/spec");
        JsonNode portal = extended.portalContainer();
        assertThat(portal.at("/env").valueStream().map(variable -> variable.at("/name").asString()))
                .contains("LOGGING_LEVEL_NL_WERKBRUG");
        assertThat(portal.at("/volumeMounts").valueStream().map(mount -> mount.at("/mountPath").asString()))
                .contains("/tmp", "/app/branding");
        assertThat(pod.at("/volumes").valueStream().map(volume -> volume.at("/name").asString()))
                .contains("tmp", "branding");
        assertThat(strings(extended.deployment().at("/spec/template/metadata/labels")))
                .contains(entry("werkbrug.nl/region", "twente"));
        assertThat(extended.podAnnotations()).contains(entry("example.nl/owner", "team-werkbrug"));
        assertThat(strings(pod.at("/nodeSelector"))).containsExactly(entry("kubernetes.io/arch", "amd64"));
    }

    static Manifests render(Map<String, Object> settings) {
        TemplateCommand template = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace("werkbrug")
                .withKubeVersion(KUBERNETES_VERSION)
                .withValuesFile(TEST_VALUES);
        settings.forEach(template::set);
        return Manifests.parse(template.call());
    }

    static void assertProbe(JsonNode probe, String path) {
        assertThat(probe.at("/httpGet/path").asString()).isEqualTo(path);
        assertThat(probe.at("/httpGet/port").asString()).isEqualTo("management");
    }

    /** Port name to port number of a list of container or service ports. */
    static Map<String, String> ports(JsonNode ports, String numberField) {
        Map<String, String> byName = new LinkedHashMap<>();
        ports.forEach(port -> byName.put(port.at("/name").asString(), port.at("/" + numberField).asString()));
        return byName;
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.forEachEntry((key, value) -> values.put(key, value.asString()));
        return values;
    }

    /** The Kubernetes objects of one helm template run. */
    record Manifests(List<JsonNode> objects) {

        static Manifests parse(String yaml) {
            List<JsonNode> documents = YAML.<JsonNode>readValues(yaml).readAll().stream()
                    .filter(document -> document.isObject() && document.has("kind"))
                    .toList();
            return new Manifests(documents);
        }

        List<String> kinds() {
            return objects.stream().map(object -> object.at("/kind").asString()).toList();
        }

        List<JsonNode> all(String kind) {
            return objects.stream().filter(object -> object.at("/kind").asString().equals(kind)).toList();
        }

        JsonNode one(String kind) {
            List<JsonNode> found = all(kind);
            assertThat(found).as("rendered objects of kind " + kind).hasSize(1);
            return found.getFirst();
        }

        JsonNode deployment() {
            return one("Deployment");
        }

        JsonNode portalContainer() {
            JsonNode containers = deployment().at("/spec/template/spec/containers");
            assertThat(containers.size()).isEqualTo(1);
            assertThat(containers.at("/0/name").asString()).isEqualTo("portal");
            return containers.get(0);
        }

        Map<String, String> configData() {
            return strings(one("ConfigMap").at("/data"));
        }

        Map<String, String> podAnnotations() {
            return strings(deployment().at("/spec/template/metadata/annotations"));
        }
    }
}
