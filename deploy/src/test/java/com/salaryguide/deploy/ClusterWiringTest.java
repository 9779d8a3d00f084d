package com.salaryguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the objects of each rendering (the base and every overlay) find each other: Services and the pods they send
 * to, what is reachable from outside the cluster, the gateway's way to the services, budgets and autoscalers, and
 * each service's database.
 */
class ClusterWiringTest {

    private static final Repository REPOSITORY = Repository.root();
    private static final String GATEWAY = "gateway";
    private static final Pattern SERVICE_URL = Pattern.compile("([A-Z]+)_SERVICE_URL");
    private static final Pattern DATABASE_URL =
            Pattern.compile("(?:r2dbc|jdbc):postgresql://([^/:]+)(?::(\\d+))?/([^?]+)");

    static List<Manifests> renderings() {
        return Manifests.everyRendering(REPOSITORY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyServiceSendsToAPortThePodsItSelectsListenOn(Manifests manifests) {
        for (Service service : manifests.all(Service.class)) {
            if ("ExternalName".equals(service.getSpec().getType())) {
                continue;
            }
            List<Deployment> selected = selectedBy(manifests, service.getSpec().getSelector());
            assertThat(selected).as("%s: Deployments Service %s selects", manifests, name(service)).isNotEmpty();
            for (Deployment deployment : selected) {
                for (ServicePort port : service.getSpec().getPorts()) {
                    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                            .as("%s: Service %s port %s to %s", manifests, name(service), port.getPort(),
                                    name(deployment))
                            .anyMatch(container -> container.getPorts().stream().anyMatch(containerPort ->
                                    port.getTargetPort().getIntVal() != null
                                            ? port.getTargetPort().getIntVal().equals(containerPort.getContainerPort())
                                            : port.getTargetPort().getStrVal().equals(containerPort.getName())));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheGatewayIsReachableFromOutsideTheCluster(Manifests manifests) {
        List<String> exposed = new ArrayList<>();
        for (Service service : manifests.all(Service.class)) {
            String type = Optional.ofNullable(service.getSpec().getType()).orElse("ClusterIP");
            if (!type.equals("ClusterIP") && !type.equals("ExternalName")) {
                selectedBy(manifests, service.getSpec().getSelector())
                        .forEach(deployment -> exposed.add(name(deployment)));
            }
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> selectedBy(manifests,
                    manifests.get(Service.class, path.getBackend().getService().getName()).getSpec().getSelector())
                    .forEach(deployment -> exposed.add(name(deployment)))));
        }

        assertThat(exposed).as("%s: Deployments reachable from outside", manifests).containsOnly(GATEWAY).isNotEmpty();
    }

    /**
     * A process that reads {@code X_SERVICE_URL} would otherwise call localhost: each entry of the comma-separated
     * value must name the Service of process {@code x-service} on a port that Service has.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyServiceUrlAProcessReadsNamesTheClusterServiceOfThatProcess(Manifests manifests) {
        for (String process : REPOSITORY.processes()) {
            Map<String, Optional<String>> environment = ProcessPod.of(manifests, process).environment();
            Matcher variable = SERVICE_URL.matcher(REPOSITORY.read(process + "/src/main/resources/application.yml"));
            while (variable.find()) {
                String target = variable.group(1).toLowerCase(Locale.ROOT) + "-service";
                Optional<String> value = environment.getOrDefault(variable.group(), Optional.empty());
                assertThat(value).as("%s: %s of %s", manifests, variable.group(), process).isPresent();
                for (String entry : value.get().split(",")) {
                    URI url = URI.create(entry.trim());
                    Service service = manifests.get(Service.class, url.getHost());
                    assertThat(selectedBy(manifests, service.getSpec().getSelector()))
                            .extracting(ClusterWiringTest::name).as("%s: %s of %s", manifests, entry, process)
                            .containsExactly(target);
                    assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort)
                            .as("%s: %s of %s", manifests, entry, process).contains(url.getPort());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyDisruptionBudgetAndAutoscalerGovernsExactlyOneDeployment(Manifests manifests) {
        for (PodDisruptionBudget budget : manifests.all(PodDisruptionBudget.class)) {
            assertThat(selectedBy(manifests, budget.getSpec().getSelector().getMatchLabels()))
                    .as("%s: PodDisruptionBudget %s", manifests, name(budget)).hasSize(1);
        }
        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            assertThat(manifests.named(Deployment.class, autoscaler.getSpec().getScaleTargetRef().getName()))
                    .as("%s: HorizontalPodAutoscaler %s", manifests, name(autoscaler)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void eachServiceQueriesAndMigratesItsOwnDatabaseAsItsOwnRole(Manifests manifests) {
        Map<String, String> owners = new HashMap<>();
        for (String process : REPOSITORY.processes()) {
            Map<String, Optional<String>> environment = ProcessPod.of(manifests, process).environment();
            if (!environment.containsKey("SPRING_R2DBC_URL")) {
                continue;
            }
            Matcher r2dbc = DATABASE_URL.matcher(environment.get("SPRING_R2DBC_URL").orElseThrow());
            Matcher flyway = DATABASE_URL.matcher(environment.get("SPRING_FLYWAY_URL").orElseThrow());
            assertThat(r2dbc.matches() && flyway.matches()).as("%s: PostgreSQL URLs of %s", manifests, process)
                    .isTrue();

            assertThat(List.of(flyway.group(1), String.valueOf(flyway.group(2)), flyway.group(3)))
                    .as("%s: %s migrates the database it queries", manifests, process)
                    .isEqualTo(List.of(r2dbc.group(1), String.valueOf(r2dbc.group(2)), r2dbc.group(3)));
            assertThat(environment.get("SPRING_FLYWAY_USER")).isEqualTo(environment.get("SPRING_R2DBC_USERNAME"));
            assertThat(owners.put(r2dbc.group(3), process)).as("%s: database %s is %s's", manifests,
                    r2dbc.group(3), owners.get(r2dbc.group(3))).isNull();
        }
        assertThat(owners).as("%s: services with a database", manifests).isNotEmpty();
    }

    private static List<Deployment> selectedBy(Manifests manifests, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        return manifests.all(Deployment.class).stream()
                .filter(deployment -> deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                        .containsAll(selector.entrySet()))
                .toList();
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }
}
