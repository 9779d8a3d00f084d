package com.salaryguide.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each process's Deployment, in the base and in every overlay, against what the process really does: the port and
 * probes its application.yml configures, the environment variables it reads, its graceful shutdown, and the memory
 * its Dockerfile lets the JVM take.
 */
class ProcessDeploymentsTest {

    private static final Repository REPOSITORY = Repository.root();
    private static final Pattern USER_ID = Pattern.compile("useradd .*--uid (\\d+)");
    // memory the JVM takes beyond its bounded areas: ~100 thread stacks, and its own (GC, symbols, malloc arenas)
    private static final int THREADS = 100;
    private static final long JVM_OWN_MIB = 40;

    static Stream<Arguments> processes() {
        return Manifests.everyRendering(REPOSITORY).stream()
                .flatMap(manifests -> REPOSITORY.processes().stream().map(process -> Arguments.of(manifests, process)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void listensOnTheServerPortItsApplicationYmlConfigures(Manifests manifests, String process) {
        ProcessPod pod = ProcessPod.of(manifests, process);
        int port = pod.environment().getOrDefault("SERVER_PORT", Optional.empty()).map(Integer::parseInt)
                .orElse(ProcessConfiguration.of(REPOSITORY, process).serverPort());

        assertThat(pod.container().getPorts()).extracting(ContainerPort::getContainerPort).containsExactly(port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void probesTheActuatorHealthGroupsTheProcessEnables(Manifests manifests, String process) {
        ProcessConfiguration configuration = ProcessConfiguration.of(REPOSITORY, process);
        ProcessPod pod = ProcessPod.of(manifests, process);
        Container container = pod.container();

        assertThat(configuration.healthProbesEnabled())
                .as("%s enables management.endpoint.health.probes", process).isTrue();
        assertProbe(pod, container.getStartupProbe(), configuration.livenessPath(), configuration);
        assertProbe(pod, container.getLivenessProbe(), configuration.livenessPath(), configuration);
        assertProbe(pod, container.getReadinessProbe(), configuration.readinessPath(), configuration);
    }

    private static void assertProbe(ProcessPod pod, Probe probe, String path, ProcessConfiguration configuration) {
        assertThat(probe).as("probe on %s", path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(pod.containerPort(get.getPort())).contains(configuration.managementPort());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void setsOnlyEnvironmentVariablesTheProcessReads(Manifests manifests, String process) {
        ProcessConfiguration configuration = ProcessConfiguration.of(REPOSITORY, process);

        assertThat(ProcessPod.of(manifests, process).environment().keySet())
                .as("variables %s does not read (see ProcessConfiguration for the rule)", process)
                .filteredOn(variable -> !configuration.reads(variable)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void limitsMemoryToAllTheDockerfileLetsTheJvmTakeWithHeadroom(Manifests manifests, String process) {
        Dockerfile dockerfile = Dockerfile.parse(REPOSITORY.read(process + "/Dockerfile"));
        long heap = dockerfile.jvmSizeKiB("-Xmx").orElseThrow(() -> new AssertionError("no -Xmx")) / 1024;
        long metaspace = dockerfile.jvmSizeKiB("-XX:MaxMetaspaceSize=")
                .orElseThrow(() -> new AssertionError("no -XX:MaxMetaspaceSize: metaspace would be unbounded")) / 1024;
        // the JVM's default code cache with tiered compilation is 240 MiB
        long codeCache = dockerfile.jvmSizeKiB("-XX:ReservedCodeCacheSize=").orElse(240L * 1024) / 1024;
        // direct buffers (Netty's too) are bounded by the heap size unless set
        long direct = dockerfile.jvmSizeKiB("-XX:MaxDirectMemorySize=").map(kib -> kib / 1024).orElse(heap);
        long stacks = THREADS * dockerfile.jvmSizeKiB("-Xss").orElse(1024L) / 1024;
        long budgetMiB = heap + metaspace + codeCache + direct + stacks + JVM_OWN_MIB;

        var resources = ProcessPod.of(manifests, process).container().getResources();
        long limitMiB = mebibytes(resources.getLimits().get("memory"));
        assertThat(limitMiB).as("memory limit of %s (JVM budget %d MiB)", process, budgetMiB)
                .isGreaterThanOrEqualTo(budgetMiB);
        assertThat(mebibytes(resources.getRequests().get("memory"))).isLessThanOrEqualTo(limitMiB)
                .isGreaterThanOrEqualTo(heap + metaspace + codeCache);
    }

    private static long mebibytes(Quantity quantity) {
        assertThat(quantity).as("memory quantity").isNotNull();
        return Quantity.getAmountInBytes(quantity).longValue() / (1024 * 1024);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void isKilledOnlyAfterItsPreStopSleepAndGracefulShutdownHadTheirTime(Manifests manifests, String process) {
        ProcessConfiguration configuration = ProcessConfiguration.of(REPOSITORY, process);
        ProcessPod pod = ProcessPod.of(manifests, process);
        List<String> preStop = pod.container().getLifecycle().getPreStop().getExec().getCommand();

        assertThat(configuration.gracefulShutdown()).as("server.shutdown of %s", process).isTrue();
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        long sleep = Long.parseLong(preStop.get(1));
        assertThat(sleep).as("seconds for endpoint removal to reach the proxies").isGreaterThanOrEqualTo(5);
        assertThat(pod.deployment().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .isGreaterThan(sleep + configuration.shutdownPhaseTimeout().toSeconds());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void runsAsTheImagesUnprivilegedUserOnAReadOnlyRoot(Manifests manifests, String process) {
        Matcher user = USER_ID.matcher(REPOSITORY.read(process + "/Dockerfile"));
        assertThat(user.find()).as("the Dockerfile creates its user with useradd --uid").isTrue();
        ProcessPod pod = ProcessPod.of(manifests, process);
        PodSpec spec = pod.deployment().getSpec().getTemplate().getSpec();
        var container = pod.container().getSecurityContext();

        assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(spec.getSecurityContext().getRunAsUser()).isEqualTo(Long.parseLong(user.group(1)));
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        // the JVM (and upload spooling) needs a writable temporary directory
        assertThat(pod.container().getVolumeMounts()).extracting(VolumeMount::getMountPath).contains("/tmp");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("processes")
    void isScaledOnCpuByAnAutoscalerAndEvictedOnePodAtATime(Manifests manifests, String process) {
        ProcessPod pod = ProcessPod.of(manifests, process);
        HorizontalPodAutoscaler autoscaler = manifests.get(HorizontalPodAutoscaler.class, process);
        PodDisruptionBudget budget = manifests.get(PodDisruptionBudget.class, process);
        List<String> metrics = new ArrayList<>();
        for (MetricSpec metric : autoscaler.getSpec().getMetrics()) {
            metrics.add(metric.getType() + ":" + metric.getResource().getName());
        }

        assertThat(autoscaler.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(process);
        assertThat(metrics).containsExactly("Resource:cpu");
        // CPU utilization is a share of the request: without one the autoscaler cannot work
        assertThat(pod.container().getResources().getRequests()).containsKey("cpu");
        assertThat(autoscaler.getSpec().getMinReplicas()).isPositive()
                .isLessThanOrEqualTo(autoscaler.getSpec().getMaxReplicas());
        // a replica count in the Deployment would reset the autoscaler's at every apply
        assertThat(pod.deployment().getSpec().getReplicas()).isNull();
        assertThat(pod.podLabels()).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }
}
