package com.salaryguide.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * One process as a rendering runs it: its Deployment (named after the module), its container, and the environment the
 * container gets. A variable's value is known when it is written out or comes from a ConfigMap, and empty when it
 * comes from a Secret.
 */
record ProcessPod(Deployment deployment, Container container, Map<String, Optional<String>> environment) {

    static ProcessPod of(Manifests manifests, String process) {
        Deployment deployment = manifests.get(Deployment.class, process);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(candidate -> candidate.getName().equals(process)).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": Deployment " + process
                        + " has no container named " + process));
        Map<String, Optional<String>> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                manifests.get(ConfigMap.class, source.getConfigMapRef().getName()).getData()
                        .forEach((name, value) -> environment.put(name, Optional.of(value)));
            } else {
                throw new AssertionError(manifests + ": " + process + " takes its environment from a Secret as a"
                        + " whole; name each secret variable in env instead");
            }
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), value(manifests, variable));
        }
        return new ProcessPod(deployment, container, environment);
    }

    private static Optional<String> value(Manifests manifests, EnvVar variable) {
        if (variable.getValueFrom() == null) {
            return Optional.ofNullable(variable.getValue());
        }
        if (variable.getValueFrom().getConfigMapKeyRef() != null) {
            var reference = variable.getValueFrom().getConfigMapKeyRef();
            return Optional.ofNullable(manifests.get(ConfigMap.class, reference.getName()).getData()
                    .get(reference.getKey()));
        }
        return Optional.empty();
    }

    /** The container port a probe or Service port refers to, by number or by name. */
    Optional<Integer> containerPort(IntOrString port) {
        return container.getPorts().stream()
                .filter(candidate -> port.getIntVal() != null ? port.getIntVal().equals(candidate.getContainerPort())
                        : port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    Map<String, String> podLabels() {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }
}
